/**
 * Night arithmetic on `YYYY-MM-DD` strings. A night is a calendar date, not an
 * instant, so everything is done at UTC midnight to keep time zones and DST out.
 */

const NIGHT_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** An inclusive range of nights. */
export interface NightWindow {
  from: string;
  to: string;
}

/** True when `night` is a real calendar date written `YYYY-MM-DD`. */
export function isValidNight(night: string): boolean {
  if (!NIGHT_PATTERN.test(night)) return false;
  const date = new Date(`${night}T00:00:00Z`);
  // Round-tripping rejects dates that Date would silently roll over, e.g. 2026-02-30.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === night;
}

/**
 * The night `days` after `night` (negative goes back).
 * @throws RangeError when `night` is not a valid `YYYY-MM-DD` date.
 */
export function addDays(night: string, days: number): string {
  if (!isValidNight(night)) throw new RangeError(`Not a YYYY-MM-DD night: ${night}`);
  const date = new Date(`${night}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every night from `from` to `to`, both included, oldest first (empty when `to` is before `from`). */
export function nightsBetween(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** True when `night` lies in the window, both ends included. */
export function isWithin(night: string, window: NightWindow): boolean {
  // Zero-padded ISO dates sort the same as text and as dates.
  return night >= window.from && night <= window.to;
}

/** "The last 7 nights" for night N: N−6 … N. */
export function lastSevenNights(night: string): NightWindow {
  return { from: addDays(night, -6), to: night };
}

/** "The 7 nights before" for night N: N−13 … N−7. */
export function sevenNightsBefore(night: string): NightWindow {
  return { from: addDays(night, -13), to: addDays(night, -7) };
}

/** Ascending comparator for nights. */
export function compareNights(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
