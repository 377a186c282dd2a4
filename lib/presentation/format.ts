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

/*
 * The one set of date formatters for pages and charts. A night reads as people
 * say it, "Mon 23 Nov"; a heading spells it out; an axis tick is shortest.
 * Dates that are not diary nights (a birth date, a due date, when an account
 * was made, a panel's last entry that may be months old) carry the year.
 * Files (CSV, FHIR, the PDF's tables) keep nights as `YYYY-MM-DD`.
 */

/**
 * Night formatting is the busiest helper of a patient page (every point of
 * every chart, every table row: a profile of the page under load put date-fns
 * at about 7% of the server's time, BENCHMARKS.md), and the nights repeat, so
 * the per-night formatters remember their answers. The cache is cleared when
 * it reaches a few thousand nights, about ten years of one diary.
 */
function rememberNights(formatter: (night: string) => string): (night: string) => string {
  const known = new Map<string, string>();
  return (night) => {
    let text = known.get(night);
    if (text === undefined) {
      if (known.size >= 4096) known.clear();
      text = formatter(night);
      known.set(night, text);
    }
    return text;
  };
}

/** "Mon 23 Nov": a diary night in lists, tables, tooltips and captions. */
export const formatNight = rememberNights((night) => format(parseISO(night), 'EEE d MMM'));

/** "Monday 23 November 2026": a night as a page heading. */
export function formatNightLong(night: string): string {
  return format(parseISO(night), 'EEEE d MMMM yyyy');
}

/** "23 Nov": an axis tick. */
export const formatNightTick = rememberNights((night) => format(parseISO(night), 'd MMM'));

/** "26 Nov 2026": a calendar date (`YYYY-MM-DD`), or the day of an instant in the clinic's time zone. */
export function formatDate(value: string | Date): string {
  return format(typeof value === 'string' ? parseISO(value) : value, 'd MMM yyyy');
}

/** "26 Nov 2026, 14:05" in the server's (clinic's) time zone. */
export function formatDateTime(iso: string): string {
  return format(new Date(iso), 'd MMM yyyy, HH:mm');
}

/** "3 hours ago" relative to `now`. */
export function formatAgo(iso: string, now: Date): string {
  return `${formatDistanceStrict(new Date(iso), now)} ago`;
}
