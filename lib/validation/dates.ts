import { format } from 'date-fns';
import { z } from 'zod';
import { FIRST_YEAR, isValidNight, LAST_YEAR } from '../rules/nights';

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export const isoDate = z
  .string({ error: 'Enter a date as YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD.' })
  .refine((value) => isSupportedYear(value), { error: 'Enter a date between the years 0001 and 9998.', abort: true })
  .refine((value) => isCalendarDate(value), { error: 'This date does not exist.' });

function isSupportedYear(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return isValidNight(value);
}

/** Today's date in the server's time zone (set TZ to the clinic's zone). */
export function todayIso(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
