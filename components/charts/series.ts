/**
 * Pure builders that turn diary entries into chart series. Shared by the
 * patient's diary and the clinician's patient page: they take plain arrays
 * and know nothing about who is looking.
 */

/** Every night from `from` to `to`, both included, oldest first. */
export function nightsBetween(from: string, to: string): string[] {
  const nights: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (day <= end) {
    nights.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return nights;
}

/**
 * One point per night of the window for a numeric field, null where nothing
 * was recorded (a missing night is no evidence, not a pain-free night).
 */
export function fillNights<F extends string>(
  entries: ReadonlyArray<{ night_of: string } & Record<F, number>>,
  field: F,
  window: { from: string; to: string },
): Array<{ night: string } & Record<F, number | null>> {
  const byNight = new Map(entries.map((entry) => [entry.night_of, entry[field]]));
  return nightsBetween(window.from, window.to).map(
    (night) => ({ night, [field]: byNight.get(night) ?? null }) as { night: string } & Record<F, number | null>,
  );
}

export interface PatternCount<C extends string = string> {
  code: C;
  label: string;
  nights: number;
}

/** How many nights each pattern was reported, most frequent first; patterns never reported are left out. */
export function patternMix<C extends string>(
  entries: ReadonlyArray<{ patterns: readonly C[] }>,
  labels: Record<C, string>,
): PatternCount<C>[] {
  const counts = new Map<C, number>();
  for (const entry of entries) {
    for (const code of new Set(entry.patterns)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([code, nights]) => ({ code, label: labels[code], nights }))
    .sort((a, b) => b.nights - a.nights || a.label.localeCompare(b.label));
}

/** The highest value of a series and its first night, or null when nothing is recorded. */
export function peakOf<F extends string>(
  series: ReadonlyArray<{ night: string } & Record<F, number | null>>,
  field: F,
): { night: string; value: number } | null {
  let peak: { night: string; value: number } | null = null;
  for (const point of series) {
    const value = point[field];
    if (value !== null && (peak === null || value > peak.value)) peak = { night: point.night, value };
  }
  return peak;
}
