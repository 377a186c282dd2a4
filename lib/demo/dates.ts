/**
 * Calendar arithmetic on `YYYY-MM-DD` nights. Everything is UTC so the output
 * never depends on the machine's time zone.
 */

const NIGHT_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses a `YYYY-MM-DD` night to UTC epoch days; throws on malformed or impossible dates. */
export function toEpochDay(night: string): number {
  const match = NIGHT_RE.exec(night);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${night}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; refuse instead of guessing.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${night}`);
  }
  return ms / DAY_MS;
}

/** Formats UTC epoch days as `YYYY-MM-DD`. */
export function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** The night `days` after (or before, if negative) `night`. */
export function addDays(night: string, days: number): string {
  return fromEpochDay(toEpochDay(night) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** `count` consecutive nights ending at `endNight`, ascending. */
export function nightsEnding(endNight: string, count: number): string[] {
  const end = toEpochDay(endNight);
  return Array.from({ length: count }, (_, i) => fromEpochDay(end - count + 1 + i));
}
