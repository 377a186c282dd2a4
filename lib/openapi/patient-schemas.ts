import { z } from 'zod';
import { diaryEntryRecordSchema } from '../validation/diary';
import { profileRecordSchema } from '../validation/profile';
import { flagStatusSchema, idSchema, ruleIdSchema, tierSchema } from './common-schemas';

/** What patients get back: entries and profile come straight from lib/validation, as the API checks them. */
export const patientFlagSchema = z
  .strictObject({
    id: idSchema,
    rule_id: ruleIdSchema,
    tier: tierSchema,
    status: flagStatusSchema,
    message: z.string().describe('What the patient is told to do, in plain words.'),
  })
  .describe('A flag as the patient sees it.');

export const savedEntrySchema = z.strictObject({
  entry: diaryEntryRecordSchema,
  flags: z
    .array(patientFlagSchema)
    .describe('Flags this submission raised, escalated, added evidence to or re-confirmed, highest tier first.'),
});

export const entryListSchema = z.strictObject({
  entries: z.array(diaryEntryRecordSchema).describe('Newest night first.'),
});

export const profileUpdatedSchema = profileRecordSchema.safeExtend({
  flags: z.array(patientFlagSchema).describe('Flags the change raised or escalated, highest tier first.'),
});
