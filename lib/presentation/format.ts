import { differenceInYears, format, formatDistanceStrict, parseISO } from 'date-fns';

/** Whole years between a date of birth and `today` (both `YYYY-MM-DD`), or null without a birth date. */
export function ageOn(dateOfBirth: string | null, today: string): number | null {
  if (!dateOfBirth) return null;
  return differenceInYears(parseISO(today), parseISO(dateOfBirth));
}

/** Weeks of pregnancy implied by a due date (40 weeks at the due date), or null when not pregnant on `today`. */
export function pregnancyWeeks(dueDate: string | null, today: string): number | null {
  if (!dueDate || dueDate <= today) return null;
  const daysToDue = (parseISO(dueDate).getTime() - parseISO(today).getTime()) / 86_400_000;
  const weeks = Math.floor(40 - daysToDue / 7);
  return weeks >= 0 ? weeks : null;
}

/** "26 Nov 2026" for a night or date. */
export function formatNight(night: string): string {
  return format(parseISO(night), 'd MMM yyyy');
}

/** "Thu 26 Nov" — short, for dense lists of nights. */
export function formatNightShort(night: string): string {
  return format(parseISO(night), 'EEE d MMM');
}

/** "26 Nov 2026, 14:05" in the server's (clinic's) time zone. */
export function formatDateTime(iso: string): string {
  return format(new Date(iso), 'd MMM yyyy, HH:mm');
}

/** "3 hours ago" relative to `now`. */
export function formatAgo(iso: string, now: Date): string {
  return `${formatDistanceStrict(new Date(iso), now)} ago`;
}
