import type { DiaryEntry } from '@/lib/diary/types';
import { addDays, isWithin } from '@/lib/rules/nights';
import { isPainNight } from '@/lib/rules/predicates';

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

export const CHART_RANGES = [30, 90] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** The chart range from `?days=`; anything unexpected falls back to 30 rather than failing. */
export function parseChartRange(value: unknown): ChartRange {
  const days = Number(Array.isArray(value) ? value[0] : value);
  return (CHART_RANGES as readonly number[]).includes(days) ? (days as ChartRange) : 30;
}

/** The nights a chart range covers: the `days` nights ending last night. */
export function chartWindow(days: ChartRange, today: string): { from: string; to: string } {
  const to = addDays(today, -1);
  return { from: addDays(to, -(days - 1)), to };
}
