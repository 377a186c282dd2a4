/** The patient page's ranges, in nights. */
export const RANGE_OPTIONS = [30, 90, 365] as const;
export type RangeDays = (typeof RANGE_OPTIONS)[number];
export const DEFAULT_RANGE: RangeDays = 90;

/** `?range=30|90|365`; anything else falls back to 90 nights. */
export function parseRangeDays(value: string | string[] | undefined): RangeDays {
  const text = Array.isArray(value) ? value[0] : value;
  return RANGE_OPTIONS.find((option) => String(option) === text) ?? DEFAULT_RANGE;
}
