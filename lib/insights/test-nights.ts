/** Builders for insights tests: synthetic patients whose habits matter or do not. */
import { emptyDiaryFields } from '../diary/empty';
import { addDays, type NightWindow } from '../rules/nights';
import type { InsightNight } from './factors';

/** The last night of every synthetic window. */
export const LAST_NIGHT = '2026-03-31';

/** The 90-night window ending on LAST_NIGHT. */
export const WINDOW: NightWindow = { from: addDays(LAST_NIGHT, -89), to: LAST_NIGHT };

/** A night `k` nights before LAST_NIGHT: pain-free and habit-free unless overridden. */
export function night(k: number, overrides: Partial<InsightNight> = {}): InsightNight {
  return { ...emptyDiaryFields(addDays(LAST_NIGHT, -k)), ...overrides };
}

/** A pain night at the given worst pain (an episode, woke from it). */
export function painful(worstPain = 6): Partial<InsightNight> {
  return { worst_pain: worstPain, episodes: 1, woke_from_pain: true };
}

/**
 * A run of consecutive nights, newest first from `start` nights ago, where the
 * first `painNights` are pain nights and the rest are quiet.
 */
export function run(
  start: number,
  count: number,
  painNights: number,
  overrides: Partial<InsightNight> = {},
  worstPain = 6,
): InsightNight[] {
  return Array.from({ length: count }, (_, i) =>
    night(start + i, { ...(i < painNights ? painful(worstPain) : {}), ...overrides }),
  );
}
