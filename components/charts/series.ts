import { nightsBetween } from '@/lib/rules/nights';

/**
 * Pure helpers over one field's chart series: the patient's diary page builds
 * its worst-pain and episode series with `fillNights`, and WorstPainChart
 * finds its peak with `peakOf`. The clinician's patient page builds its series
 * elsewhere (`nightlySeries`, lib/presentation/chart-data.ts), with every field
 * and the flag marks in one point per night.
 */

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
