import type { NightWindow } from '../rules/nights';

/** The day-context habits a patient's nights are compared by (diary field codes, docs/contract.md, "Diary fields"). */
export const INSIGHT_FACTORS = [
  'stretched_before_bed',
  'hydration',
  'long_standing_or_exercise',
  'new_medicine',
] as const;
export type InsightFactor = (typeof INSIGHT_FACTORS)[number];

/** What a comparison concludes about the pain-night rate of nights with the habit. */
export const INSIGHT_VERDICTS = [
  'fewer_pain_nights',
  'more_pain_nights',
  'no_clear_difference',
  'not_enough_nights',
] as const;
export type InsightVerdict = (typeof INSIGHT_VERDICTS)[number];

/** One side of a comparison: how many nights, how many were pain nights, their mean worst pain (null when none). */
export interface NightGroup {
  nights: number;
  pain_nights: number;
  mean_worst_pain: number | null;
}

/** A point estimate with its 95% interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** Nights with a habit against nights without it. */
export interface FactorComparison {
  factor: InsightFactor;
  with: NightGroup;
  without: NightGroup;
  /** Pain-night rate with minus without, Newcombe's hybrid score interval; null when a group is empty. */
  difference: Interval | null;
  /** Mean worst pain with minus without, Welch's t interval; null with fewer than 2 nights a side or no spread. */
  worst_pain_difference: Interval | null;
  verdict: InsightVerdict;
  /** For `hydration`: the patient's median glasses, where the two groups split ("at or above" is `with`). */
  threshold: number | null;
}

/** The comparisons for one patient over a window of nights. */
export interface InsightReport {
  window: NightWindow;
  comparisons: FactorComparison[];
}
