import { z } from 'zod';
import { LIMITS, NOTES_MAX_LENGTH, PATTERNS, RELIEFS, SIDES, SYMPTOMS } from '../diary/codes';
import { ValidationError } from '../errors';
import { addDays, isValidNight } from '../rules/nights';
import { isoDate, todayIso } from './dates';
import { fieldMessages } from './issues';
import { storableText } from './text';

function boundedInt(field: keyof typeof LIMITS, label: string) {
  const { min, max } = LIMITS[field];
  const message = `${label} must be a whole number from ${min} to ${max}.`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required.` : message) })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

/** A list of contract codes; repeats are dropped so `["heat","heat"]` is one answer. */
export function codeList<T extends readonly [string, ...string[]]>(codes: T, label: string) {
  return z
    .array(z.enum(codes, { error: `Unknown ${label}: use ${codes.join(', ')}.` }), {
      error: `${label} must be a list.`,
    })
    .transform((values) => [...new Set(values)]);
}

const yesNo = (label: string) => z.boolean({ error: `${label} must be true or false.` });

/**
 * One night's fields by their contract codes (docs/contract.md, "Diary fields"). `worst_pain` and
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
    notes: storableText({ error: 'Notes must be text.' })
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

/**
 * A saved entry as the API returns it: every field present, no defaults.
 * Documents the responses and checks, in tests, that what we send matches.
 */
export const diaryEntryRecordSchema = z
  .object({
    id: z.uuid(),
    night_of: isoDate,
    woke_from_pain: z.boolean(),
    episodes: boundedInt('episodes', 'Episodes'),
    worst_pain: boundedInt('worst_pain', 'Worst pain'),
    longest_episode_minutes: boundedInt('longest_episode_minutes', 'Longest episode'),
    total_minutes: boundedInt('total_minutes', 'Total minutes of pain'),
    minutes_awake: boundedInt('minutes_awake', 'Minutes awake'),
    sleep_quality: boundedInt('sleep_quality', 'Sleep quality').nullable(),
    side: z.enum(SIDES),
    patterns: z.array(z.enum(PATTERNS)),
    relief: z.array(z.enum(RELIEFS)),
    symptoms: z.array(z.enum(SYMPTOMS)),
    hydration_glasses: boundedInt('hydration_glasses', 'Glasses of water').nullable(),
    long_standing_or_exercise: z.boolean(),
    stretched_before_bed: z.boolean(),
    new_medicine: z.boolean(),
    recent_surgery_or_bedrest: z.boolean(),
    notes: z.string().max(NOTES_MAX_LENGTH).nullable(),
  })
  .strict();

/** The fields plus the night, as a body that names its own night (the diary form and server action). */
export const diaryEntrySchema = diaryFieldsSchema.safeExtend({ night_of: isoDate });

/**
 * Body of `PUT /api/v1/diary-entries/{night}`: the night is in the path, so
 * `night_of` may be left out; when given it must name the same night.
 */
export const diaryPutBodySchema = diaryFieldsSchema.safeExtend({ night_of: isoDate.optional() });

/** `?from&to` of `GET /api/v1/diary-entries`: both optional, `from` not after `to`. */
export const nightRangeQuerySchema = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    path: ['from'],
    error: 'The start date must not be after the end date.',
  });

/** `?night=` of the new-night page, read leniently: a malformed night is dropped (the page falls back to last night). */
export const newNightQuerySchema = z.object({
  night: z
    .string()
    .refine((value) => isValidNight(value))
    .optional(),
});

export type DiaryFieldsInput = z.input<typeof diaryFieldsSchema>;
export type ValidDiaryFields = z.output<typeof diaryFieldsSchema>;
export type ValidDiaryEntry = z.output<typeof diaryEntrySchema>;

/** Nights older than this many days can no longer be edited (docs/contract.md, "Roles and access"). */
export const EDIT_WINDOW_DAYS = 7;
/** How far before the account existed a night may still be recorded (docs/contract.md, "Diary fields"). */
export const BACKFILL_DAYS = 30;

/** The nights a patient may record, given today and when the account was created. */
export interface NightBounds {
  /** Latest night that may be recorded: today (the night that begins this evening). */
  today: string;
  /** Earliest night that may be recorded: the account's first day minus 30 days. */
  earliest: string;
  /** Earliest night whose existing entry may still be edited. */
  editableFrom: string;
}

/** Bounds for a patient whose account was created at `accountCreatedAt`. */
export function nightBounds(accountCreatedAt: Date, now = new Date()): NightBounds {
  const today = todayIso(now);
  return {
    today,
    earliest: addDays(todayIso(accountCreatedAt), -BACKFILL_DAYS),
    editableFrom: addDays(today, -EDIT_WINDOW_DAYS),
  };
}

/** "Last night": the night that began yesterday evening — the form's default. */
export function lastNight(today: string): string {
  return addDays(today, -1);
}

/** Why `night` may not be recorded at all (future, or before the account), or null when it may. */
export function nightOfProblem(night: string, bounds: NightBounds): string | null {
  if (night > bounds.today) return 'This night is in the future. Choose last night or an earlier night.';
  if (night < bounds.earliest) return `Nights before ${bounds.earliest} cannot be added to your diary.`;
  return null;
}

/** Whether an existing entry for `night` may still be changed (nights up to 7 days old). */
export function isEditableNight(night: string, bounds: Pick<NightBounds, 'editableFrom'>): boolean {
  return night >= bounds.editableFrom;
}

/**
 * Validates a night named by the address (`/diary-entries/{night}`) together
 * with a body that may repeat it, collecting every problem as one error per
 * field code. Returns the fields with `night_of` set from the address.
 * @throws ValidationError (422) listing each invalid field.
 */
export function parseNightSubmission(night: string, body: unknown): ValidDiaryEntry {
  const nightResult = isoDate.safeParse(night);
  const bodyResult = diaryPutBodySchema.safeParse(body);
  const fields: Record<string, string> = bodyResult.success ? {} : fieldMessages(bodyResult.error);
  if (!nightResult.success) {
    fields.night_of = nightResult.error.issues[0]?.message ?? 'Enter a date as YYYY-MM-DD.';
  } else if (bodyResult.success && bodyResult.data.night_of && bodyResult.data.night_of !== night) {
    fields.night_of = `The body names the night ${bodyResult.data.night_of} but the address names ${night}: they must match.`;
  }
  if (!bodyResult.success || Object.keys(fields).length > 0) {
    throw new ValidationError('Some fields need attention.', fields);
  }
  return { ...bodyResult.data, night_of: night };
}
