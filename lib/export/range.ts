import { addDays } from '../rules/nights';
import { exportRangeQuerySchema } from '../validation/night-range';
import { paramsToObject } from '../validation/query-params';

/** Inclusive night range; an absent side is unbounded. Dates are `YYYY-MM-DD`. */
export interface NightRange {
  from?: string;
  to?: string;
}

export type RangeResult = { ok: true; range: NightRange } | { ok: false; error: string };

export interface RangeDefaults {
  /** When set, a missing side is filled in so the range spans this many nights ending `to` (default `today`). */
  defaultNights?: number;
  today?: string;
}

/**
 * Reads `?from=YYYY-MM-DD&to=YYYY-MM-DD` for an export. Empty values count as
 * absent; anything else that is not a real date, or a `from` after `to`, is an
 * error to answer with 400 (a download has no form to fall back to).
 */
export function parseExportRange(params: URLSearchParams, defaults: RangeDefaults = {}): RangeResult {
  const parsed = exportRangeQuerySchema.safeParse(paramsToObject(params));
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'The date range is not valid.' };
  const range = withDefaults(withoutAbsent(parsed.data), defaults);
  if (range.from && range.to && range.from > range.to) {
    return { ok: false, error: `The "from" date (${range.from}) is after the "to" date (${range.to}).` };
  }
  return { ok: true, range };
}

function withoutAbsent({ from, to }: NightRange): NightRange {
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function withDefaults(range: NightRange, defaults: RangeDefaults): NightRange {
  const nights = defaults.defaultNights;
  if (!nights || !defaults.today) return range;
  const to = range.to ?? defaults.today;
  return { from: range.from ?? addDays(to, -(nights - 1)), to };
}

/** The range as words for a file name or a heading: "2026-01-01 to 2026-03-31", "up to 2026-03-31", "all nights". */
export function describeRange(range: NightRange): string {
  if (range.from && range.to) return `${range.from} to ${range.to}`;
  if (range.from) return `from ${range.from}`;
  if (range.to) return `up to ${range.to}`;
  return 'all nights';
}
