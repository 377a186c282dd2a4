import { z } from 'zod';
import { ROLES } from '../auth/permissions';
import { RULE_STATS_PERIODS } from '../validation/rule-stats';
import { idSchema, nextCursorSchema, ruleIdSchema, tierSchema, timestampSchema } from './common-schemas';

/** What administrators get back. Request bodies and queries are lib/validation's own schemas (see paths). */
export const adminUserSchema = z.strictObject({
  id: idSchema.describe('The user id.'),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  active: z.boolean().describe('False once deactivated: the account cannot sign in.'),
  patient_id: idSchema.nullable().describe('The patient record’s id for patient accounts, else null.'),
});

export const adminUserListSchema = z.strictObject({
  users: z.array(adminUserSchema).describe('By email, 50 per page.'),
  next_cursor: nextCursorSchema.describe('The last email of this page; pass as `cursor`. Null on the last page.'),
});

export const adminUserResultSchema = z.strictObject({ user: adminUserSchema });

export const secondFactorResetSchema = z.strictObject({
  id: idSchema.describe('The user id.'),
  had_second_factor: z
    .boolean()
    .describe(
      'Whether a confirmed second factor was removed (false when there was none: nothing else changed but the sessions).',
    ),
});

export const createdUserSchema = z.strictObject({
  id: idSchema.describe('The new user id.'),
  patient_id: idSchema.nullable().describe('The new patient record’s id for a patient account, else null.'),
});

export const assignmentSchema = z.strictObject({
  clinician_user_id: idSchema,
  patient_id: idSchema,
  assigned: z.boolean().describe('Whether the patient is on the clinician’s care team now.'),
  changed: z.boolean().describe('False when it already was so (a repeated PUT or DELETE).'),
});

export const auditEventSchema = z.strictObject({
  id: z.int(),
  at: timestampSchema,
  actor_user_id: idSchema.nullable(),
  actor_email: z.string().nullable(),
  action: z.string().describe('e.g. `auth.sign_in`, `patient.view`, `flag.resolve`, `user.create`.'),
  patient_id: idSchema.nullable().describe('The patient the event concerns, if any.'),
  patient_email: z.string().nullable().describe('That patient’s email.'),
  target_id: z.string().nullable().describe('The record acted on (a flag, entry or user id), if any.'),
  ip: z.string().nullable(),
  detail: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe(
      'Action-specific facts; never a password, and never clinical free text: a note appears only as ' +
        '`note_characters` (that a note was written, and its length).',
    ),
});

export const auditListSchema = z.strictObject({
  events: z.array(auditEventSchema).describe('Newest first, 50 per page.'),
  next_cursor: nextCursorSchema.describe('The last event id of this page; pass as `cursor`. Null on the last page.'),
});

export const ruleStatSchema = z.strictObject({
  rule_id: ruleIdSchema,
  title: z.string(),
  tier: tierSchema.nullable().describe('The rule’s base tier; null for a rule no longer in the catalog.'),
  raised: z.int().describe('Flags first raised in the period.'),
  acknowledged: z.int().describe('Of those, acted on by a clinician (acknowledged, or resolved directly).'),
  resolved: z.int(),
  awaiting: z.int().describe('Still open.'),
  median_seconds_to_acknowledge: z
    .number()
    .nullable()
    .describe('Median time from being raised to a clinician’s first action; null when none yet.'),
});

export const ruleStatsSchema = z.strictObject({
  period: z.enum(RULE_STATS_PERIODS),
  rules: z.array(ruleStatSchema).describe('Every catalog rule in catalog order, then retired rules.'),
});
