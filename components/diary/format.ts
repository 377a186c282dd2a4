import { format, parseISO } from 'date-fns';

/** A night as people say it: "Mon 23 Nov". */
export function formatNight(night: string): string {
  return format(parseISO(night), 'EEE d MMM');
}

/** A night in full: "Monday 23 November 2026". */
export function formatNightLong(night: string): string {
  return format(parseISO(night), 'EEEE d MMMM yyyy');
}
