import type { DiaryEntry } from '@/lib/diary/types';
import { addDays, isWithin } from '@/lib/rules/nights';
import { isPainNight } from '@/lib/rules/predicates';
import type { ChartRange } from '@/lib/validation/range-days';

export interface WeekSummary {
  from: string;
  to: string;
  /** Recorded nights in the week with any pain (worst pain ≥ 1, an episode, or woken by pain). */
  painNights: number;
  recordedNights: number;
}

/** "This week": the 7 nights ending last night, counted the way the warning-sign rules count pain nights. */
export function weekSummary(entries: readonly DiaryEntry[], today: string): WeekSummary {
  const to = addDays(today, -1);
  const from = addDays(to, -6);
  const week = entries.filter((entry) => isWithin(entry.night_of, { from, to }));
  return { from, to, painNights: week.filter(isPainNight).length, recordedNights: week.length };
}

/** The nights a chart range covers: the `days` nights ending last night. */
export function chartWindow(days: ChartRange, today: string): { from: string; to: string } {
  const to = addDays(today, -1);
  return { from: addDays(to, -(days - 1)), to };
}
