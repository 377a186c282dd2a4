import { z } from 'zod';
import { LIMITS, NOTES_MAX_LENGTH, PATTERNS, RELIEFS, SIDES, SYMPTOMS } from '../diary/codes';
import { isoDate } from './dates';

function boundedInt(field: keyof typeof LIMITS, label: string) {
  const { min, max } = LIMITS[field];
  const message = `${label} must be a whole number from ${min} to ${max}.`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required.` : message) })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

function codeList<T extends readonly [string, ...string[]]>(codes: T, label: string) {
  return z
    .array(z.enum(codes, { error: `Unknown ${label}: use ${codes.join(', ')}.` }), {
      error: `${label} must be a list.`,
    })
    .transform((values) => [...new Set(values)]);
}

const yesNo = (label: string) => z.boolean({ error: `${label} must be true or false.` });

/**
 * One night's fields by their contract codes (SPEC §3). `worst_pain` and
 * `side` are required; everything else omitted takes its empty value.
 */
export const diaryFieldsSchema = z
  .object({
    woke_from_pain: yesNo('Woke from pain').default(false),
    episodes: boundedInt('episodes', 'Episodes').default(0),
    worst_pain: boundedInt('worst_pain', 'Worst pain'),
    longest_episode_minutes: boundedInt('longest_episode_minutes', 'Longest episode').default(0),
    total_minutes: boundedInt('total_minutes', 'Total minutes of pain').default(0),
    minutes_awake: boundedInt('minutes_awake', 'Minutes awake').default(0),
    sleep_quality: boundedInt('sleep_quality', 'Sleep quality').nullable().default(null),
    side: z.enum(SIDES, {
      error: (issue) => (issue.input === undefined ? 'Side is required.' : `Side must be one of ${SIDES.join(', ')}.`),
    }),
    patterns: codeList(PATTERNS, 'pattern').default([]),
    relief: codeList(RELIEFS, 'relief').default([]),
    symptoms: codeList(SYMPTOMS, 'symptom').default([]),
    hydration_glasses: boundedInt('hydration_glasses', 'Glasses of water').nullable().default(null),
    long_standing_or_exercise: yesNo('Long standing or exercise').default(false),
    stretched_before_bed: yesNo('Stretched before bed').default(false),
    new_medicine: yesNo('New medicine').default(false),
    recent_surgery_or_bedrest: yesNo('Recent surgery or bed rest').default(false),
    notes: z
      .string({ error: 'Notes must be text.' })
      .max(NOTES_MAX_LENGTH, { error: `Notes can be at most ${NOTES_MAX_LENGTH} characters.` })
      .nullable()
      .default(null)
      .transform((value) => (value && value.trim() ? value : null)),
  })
  .strict()
  .superRefine((fields, context) => {
    if (fields.longest_episode_minutes > fields.total_minutes && fields.total_minutes > 0) {
      context.addIssue({
        code: 'custom',
        path: ['longest_episode_minutes'],
        message: 'The longest episode cannot be longer than the total minutes of pain.',
      });
    }
  });

/** The fields plus the night, as a body that names its own night. */
export const diaryEntrySchema = diaryFieldsSchema.safeExtend({ night_of: isoDate });

export type DiaryFieldsInput = z.input<typeof diaryFieldsSchema>;
export type ValidDiaryFields = z.output<typeof diaryFieldsSchema>;
