import { median } from 'simple-statistics';
import type { DiaryFields } from '../diary/types';
import { addDays, compareNights } from '../rules/nights';
import type { InsightFactor } from './types';

/** The diary fields the insights read. */
export type InsightNight = Pick<
  DiaryFields,
  | 'night_of'
  | 'worst_pain'
  | 'episodes'
  | 'woke_from_pain'
  | 'stretched_before_bed'
  | 'hydration_glasses'
  | 'long_standing_or_exercise'
  | 'new_medicine'
>;

/** How many nights, the night itself included, a new medicine counts as "recently started". */
export const NEW_MEDICINE_NIGHTS = 7;

/**
 * Which side of a comparison a night falls on: true (with the habit), false
 * (without), or null (the night says nothing about it and is left out).
 */
export type NightSplit = (night: InsightNight) => boolean | null;

/**
 * The split for each factor over the nights of a window. `lookback` holds the
 * nights before the window too (a new medicine started just before the window
 * still counts for its first nights).
 */
export function splitsFor(nights: readonly InsightNight[], lookback: readonly InsightNight[]) {
  const hydration = hydrationThreshold(nights);
  const recentMedicine = nightsAfterNewMedicine(lookback);
  const splits: Record<InsightFactor, NightSplit> = {
    stretched_before_bed: (night) => night.stretched_before_bed,
    hydration: (night) =>
      night.hydration_glasses === null || hydration === null ? null : night.hydration_glasses >= hydration,
    long_standing_or_exercise: (night) => night.long_standing_or_exercise,
    new_medicine: (night) => recentMedicine.has(night.night_of),
  };
  return { splits, hydration };
}

/** The patient's own median glasses of water over the nights that recorded it; null when none did. */
export function hydrationThreshold(nights: readonly InsightNight[]): number | null {
  const glasses = nights.flatMap((night) => (night.hydration_glasses === null ? [] : [night.hydration_glasses]));
  return glasses.length === 0 ? null : median(glasses);
}

/** Every night within NEW_MEDICINE_NIGHTS of a night that recorded a new medicine (N … N+6). */
function nightsAfterNewMedicine(nights: readonly InsightNight[]): Set<string> {
  const starts = nights
    .filter((night) => night.new_medicine)
    .map((night) => night.night_of)
    .sort(compareNights);
  const covered = new Set<string>();
  for (const start of starts) {
    for (let offset = 0; offset < NEW_MEDICINE_NIGHTS; offset += 1) covered.add(addDays(start, offset));
  }
  return covered;
}
