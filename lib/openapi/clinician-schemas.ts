import { z } from 'zod';
import { FLAG_EVENT_TYPES } from '../rules/flag-statuses';
import { FLAG_NOTE_MAX_LENGTH } from '../validation/flag-note';
import { diaryEntryRecordSchema } from '../validation/diary';
import { isoDate } from '../validation/dates';
import {
  flagStatusSchema,
  idSchema,
  nextCursorSchema,
  ruleIdSchema,
  tierSchema,
  timestampSchema,
} from './common-schemas';

const trendSchema = z.enum(['rising', 'steady', 'falling']);

/** One row of `GET /patients` (lib/views/types.ts `PanelPatient`). */
export const panelPatientSchema = z
  .strictObject({
    id: idSchema.describe('The patient_id.'),
    name: z.string(),
    email: z.string(),
    last_entry_night: isoDate.nullable().describe('The latest night with an entry.'),
    pain_nights_7d: z.int().describe('Nights with pain among the last 7.'),
    pain_nights_30d: z.int().describe('Nights with pain among the last 30.'),
    mean_worst_pain_7d: z.number().nullable().describe('Mean worst pain (0–10) over the last 7 nights’ entries.'),
    trend: trendSchema.nullable().describe('From `trend_delta`; null without enough entries.'),
    trend_delta: z.number().nullable().describe('Mean worst pain of the last 7 nights minus the 7 before.'),
    highest_open_flag_tier: tierSchema.nullable().describe('Highest tier among open and acknowledged flags.'),
    open_flag_count: z.int().describe('Open and acknowledged flags.'),
    entries_last_14_nights: z.int().describe('Nights with an entry among the last 14 (adherence).'),
    not_reporting: z
      .boolean()
      .describe(
        'Missed 3 nights in a row (the 3 before last night) and recorded none since, counted from when reminders ' +
          'were turned on or, without a reminder, from enrolment. Reminders pause meanwhile.',
      ),
  })
  .describe('A patient on your care team with figures for recent nights; `id` is the patient_id.');

export const patientListSchema = z.strictObject({
  patients: z.array(panelPatientSchema),
  next_cursor: nextCursorSchema,
});

export const clinicianEntrySchema = diaryEntryRecordSchema
  .safeExtend({
    version: z.int().min(1).describe('1 for an entry never edited; each edit adds one.'),
    edited: z.boolean(),
    recorded_at: timestampSchema.describe('When the night was first recorded.'),
    updated_at: timestampSchema.describe('When it was last saved.'),
  })
  .describe('A diary entry as the care team reads it: the fields plus its edit state.');

export const clinicianEntryListSchema = z.strictObject({
  entries: z.array(clinicianEntrySchema).describe('Newest night first.'),
});

export const flagHistoryEventSchema = z.strictObject({
  type: z.enum(FLAG_EVENT_TYPES),
  at: timestampSchema,
  actor_name: z.string().nullable().describe('Who acted; null for the rule engine.'),
  from_tier: tierSchema.nullable(),
  to_tier: tierSchema.nullable(),
  note: z.string().nullable(),
});

export const clinicianFlagSchema = z
  .strictObject({
    id: idSchema,
    patient_id: idSchema,
    rule_id: ruleIdSchema,
    tier: tierSchema,
    status: flagStatusSchema,
    reason: z.string().describe('Why the rule fired, in plain words.'),
    evidence_nights: z.array(isoDate).describe('Nights whose entries triggered it, oldest first.'),
    first_seen_at: timestampSchema,
    last_seen_at: timestampSchema,
    rules_version: z.string(),
    modifiers: z
      .array(z.string())
      .describe('Risk modifiers (profile facts) that raised it above the rule’s base tier.'),
    evidence_withdrawn_at: timestampSchema.nullable().describe('When the patient edited away its evidence.'),
    evidence_withdrawn: z.boolean(),
    tier_since: timestampSchema.describe('When it reached its current tier (raised or last escalated).'),
    overdue: z
      .boolean()
      .describe(
        'Still open past its tier’s deadline (emergency 1 hour, urgent 24 hours, soon 7 days, routine 30 days).',
      ),
    acknowledged_at: timestampSchema.nullable(),
    acknowledged_by: z.string().nullable().describe('The acknowledging clinician’s name.'),
    resolved_at: timestampSchema.nullable(),
    resolved_by: z.string().nullable().describe('The resolving clinician’s name.'),
    resolution_note: z.string().nullable(),
    escalated_to_contacts_at: timestampSchema
      .nullable()
      .describe('When the escalation contacts were told the flag was not acknowledged in time; null if never.'),
    history: z.array(flagHistoryEventSchema).describe('Every change, oldest first.'),
  })
  .describe('A flag as the care team sees it, with its history.');

export const flagListSchema = z.strictObject({
  flags: z
    .array(clinicianFlagSchema)
    .describe('Open, then acknowledged (each highest tier, then oldest first), then resolved (newest first).'),
});

export const flagActionResultSchema = z.strictObject({ flag: clinicianFlagSchema });

/** The body of both flag actions, as `flagActionBodySchema` (lib/validation/flag-note.ts) reads it; other fields are ignored. */
export const flagNoteSchema = z.object({
  note: z
    .string()
    .max(FLAG_NOTE_MAX_LENGTH)
    .nullable()
    .optional()
    .describe(`At most ${FLAG_NOTE_MAX_LENGTH} characters once trimmed; a blank note counts as none.`),
});
