import { z } from 'zod';
import { ROLES } from '../auth/permissions';
import { RULE_IDS, TIERS } from '../rules';
import { isoDate } from '../validation/dates';
import { diaryEntryRecordSchema, diaryPutBodySchema, nightRangeQuerySchema } from '../validation/diary';
import { profileChangesSchema, profileRecordSchema } from '../validation/profile';

/**
 * Every schema the OpenAPI document names. The patient's come straight from
 * lib/validation (the same objects the form, action and API validate with);
 * the clinician and admin shapes follow SPEC §7 for the endpoints other areas
 * implement.
 */
const flagStatus = z.enum(['open', 'acknowledged', 'resolved']);
const cursor = z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.');

export const errorSchema = z.object({ error: z.string() }).describe('Any error: a message, never a stack trace.');

export const validationErrorSchema = z
  .object({ error: z.string(), fields: z.record(z.string(), z.string()) })
  .describe('422: one message per invalid field code.');

export const patientFlagSchema = z
  .object({
    id: z.uuid(),
    rule_id: z.enum(RULE_IDS),
    tier: z.enum(TIERS),
    status: flagStatus,
    message: z.string().describe('What the patient is told to do, in plain words.'),
  })
  .describe('A flag as the patient sees it.');

export const savedEntrySchema = z.object({
  entry: diaryEntryRecordSchema,
  flags: z
    .array(patientFlagSchema)
    .describe('Flags this submission raised, escalated, added evidence to or re-confirmed.'),
});

export const entryListSchema = z.object({ entries: z.array(diaryEntryRecordSchema) });

export const profileUpdatedSchema = profileRecordSchema.safeExtend({
  flags: z.array(patientFlagSchema).describe('Flags the change raised or escalated.'),
});

export const patientSummarySchema = z
  .object({ id: z.uuid(), name: z.string(), email: z.email() })
  .catchall(z.unknown())
  .describe('A patient on the clinician’s care team; `id` is the patient_id.');

export const patientListSchema = z.object({ patients: z.array(patientSummarySchema), next_cursor: cursor });

export const clinicianFlagSchema = z.object({
  id: z.uuid(),
  rule_id: z.enum(RULE_IDS),
  tier: z.enum(TIERS),
  status: flagStatus,
  reason: z.string(),
  evidence_nights: z.array(isoDate),
  first_seen_at: z.iso.datetime({ offset: true }),
  last_seen_at: z.iso.datetime({ offset: true }),
  rules_version: z.string(),
});

export const flagListSchema = z.object({ flags: z.array(clinicianFlagSchema) });

export const flagNoteSchema = z.object({ note: z.string().nullable().optional() });

export const healthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok') });

export const adminUserSchema = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  patient_id: z.uuid().nullable(),
});

export const adminUserListSchema = z.object({ users: z.array(adminUserSchema), next_cursor: cursor });

export const newUserSchema = z.object({
  email: z.email(),
  name: z.string().min(1),
  role: z.enum(ROLES),
  password: z.string().min(12),
});

export const createdUserSchema = z.object({ id: z.uuid(), patient_id: z.uuid().nullable() });

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actor_user_id: z.uuid().nullable(),
    actor_email: z.string().nullable(),
    action: z.string(),
    patient_id: z.uuid().nullable(),
    target_id: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .catchall(z.unknown());

export const auditListSchema = z.object({ events: z.array(auditEventSchema), next_cursor: cursor });

/** Request bodies, documented as they are accepted (defaults make fields optional). */
export const REQUEST_SCHEMAS = {
  DiaryEntryPut: diaryPutBodySchema,
  ProfileChanges: profileChangesSchema(),
  FlagNote: flagNoteSchema,
  NewUser: newUserSchema,
} satisfies Record<string, z.ZodType>;

/** Responses, documented as they are sent. */
export const RESPONSE_SCHEMAS = {
  Error: errorSchema,
  ValidationError: validationErrorSchema,
  DiaryEntry: diaryEntryRecordSchema,
  DiaryEntryList: entryListSchema,
  SavedDiaryEntry: savedEntrySchema,
  PatientFlag: patientFlagSchema,
  Profile: profileRecordSchema,
  ProfileUpdated: profileUpdatedSchema,
  PatientList: patientListSchema,
  ClinicianFlag: clinicianFlagSchema,
  FlagList: flagListSchema,
  Health: healthSchema,
  AdminUser: adminUserSchema,
  AdminUserList: adminUserListSchema,
  CreatedUser: createdUserSchema,
  AuditEvent: auditEventSchema,
  AuditEventList: auditListSchema,
} satisfies Record<string, z.ZodType>;

/** Query and path parameters that are validated with zod. */
export const PARAMETER_SCHEMAS = {
  night: isoDate,
  nightRange: nightRangeQuerySchema,
};
