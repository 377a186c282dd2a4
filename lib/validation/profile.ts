import { z } from 'zod';
import { CONDITIONS, MEDICINES, SEXES } from '../diary/codes';
import { addDays } from '../rules/nights';
import { isoDate, todayIso } from './dates';
import { codeList } from './diary';

/** A due date more than 44 weeks away cannot be a current pregnancy. */
export const MAX_DUE_DATE_DAYS_AHEAD = 308;
/** Dates of birth before this are typing mistakes, not patients. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Profile changes by their contract codes (docs/contract.md, "Diary fields" and "JSON API"): every field is
 * optional and an omitted field keeps its value; `null` clears a date or sex.
 * Built per call because "the future" depends on today.
 */
export function profileChangesSchema(today = todayIso()) {
  const latestDueDate = addDays(today, MAX_DUE_DATE_DAYS_AHEAD);
  return z
    .object({
      date_of_birth: isoDate
        .refine((value) => value <= today, { error: 'The date of birth cannot be in the future.' })
        .refine((value) => value >= EARLIEST_BIRTH_DATE, {
          error: `The date of birth cannot be before ${EARLIEST_BIRTH_DATE}.`,
        })
        .nullable()
        .optional(),
      sex: z
        .enum(SEXES, { error: `Sex must be one of ${SEXES.join(', ')}.` })
        .nullable()
        .optional(),
      conditions: codeList(CONDITIONS, 'condition').optional(),
      medicines: codeList(MEDICINES, 'medicine').optional(),
      pregnancy_due_date: isoDate
        .refine((value) => value <= latestDueDate, {
          error: 'The due date is too far away: it should be within the next 44 weeks.',
        })
        .nullable()
        .optional(),
    })
    .strict();
}

export type ProfileChangesInput = z.input<ReturnType<typeof profileChangesSchema>>;
export type ValidProfileChanges = z.output<ReturnType<typeof profileChangesSchema>>;

/** A profile as the API returns it (every field present). */
export const profileRecordSchema = z
  .object({
    date_of_birth: isoDate.nullable(),
    sex: z.enum(SEXES).nullable(),
    conditions: z.array(z.enum(CONDITIONS)),
    medicines: z.array(z.enum(MEDICINES)),
    pregnancy_due_date: isoDate.nullable(),
  })
  .strict();
