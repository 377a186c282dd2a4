/**
 * Median of a list of numbers; for an even count, the mean of the two middle
 * values. `null` for an empty list so callers must decide what "no data" means.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // Indexes are in range: the list is non-empty and middle < length.
  const upper = sorted[middle] as number;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] as number;
  return (lower + upper) / 2;
}
