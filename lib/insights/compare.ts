import { mean } from 'simple-statistics';
import { isPainNight } from '../rules/predicates';
import { addDays, isWithin, type NightWindow } from '../rules/nights';
import { splitsFor, NEW_MEDICINE_NIGHTS, type InsightNight, type NightSplit } from './factors';
import { newcombeDifference, welchInterval } from './intervals';
import {
  INSIGHT_FACTORS,
  type FactorComparison,
  type InsightFactor,
  type InsightReport,
  type InsightVerdict,
  type Interval,
  type NightGroup,
} from './types';

/** The window insights look at when none is asked for: the last 90 nights. */
export const DEFAULT_WINDOW_NIGHTS = 90;
/** A verdict needs at least this many nights on each side; fewer reads "not enough nights yet". */
export const MIN_NIGHTS_PER_GROUP = 7;
/** The first night the database can hold (PostgreSQL has no year 0). */
const FIRST_NIGHT = '0001-01-01';

/** The default window: the 90 nights ending on `lastNight`. */
export function defaultWindow(lastNight: string): NightWindow {
  return { from: addDays(lastNight, -(DEFAULT_WINDOW_NIGHTS - 1)), to: lastNight };
}

/**
 * The window a request asks for, filled in: `to` defaults to `today` (or to
 * `from` when that is later), `from` to 90 nights before `to`, never before
 * 0001-01-01. The caller has already refused `from` after `to`.
 */
export function resolveWindow(range: { from?: string; to?: string }, today: string): NightWindow {
  const to = range.to ?? (range.from && range.from > today ? range.from : today);
  if (range.from) return { from: range.from, to };
  const from = defaultWindow(to).from;
  return { from: from < FIRST_NIGHT ? FIRST_NIGHT : from, to };
}

/**
 * The earliest night the insights need for a window: a new medicine recorded
 * up to 6 nights before the window still marks its first nights.
 */
export function lookbackStart(window: NightWindow): string {
  const start = addDays(window.from, -(NEW_MEDICINE_NIGHTS - 1));
  return start < FIRST_NIGHT ? FIRST_NIGHT : start;
}

/**
 * One patient's nights in `window`, compared with and without each habit
 * (stretching, water at or above their own median, a long day on their feet,
 * a new medicine in the last 7 nights) by pain-night rate and mean worst pain.
 * Method and verdict rules: docs/insights.md.
 * Pure: `nights` may also hold nights outside the window (the lookback is used
 * for new medicines; the rest are ignored), in any order.
 */
export function computeInsights(nights: readonly InsightNight[], window: NightWindow): InsightReport {
  const inWindow = nights.filter((night) => isWithin(night.night_of, window));
  const lookback = nights.filter((night) => isWithin(night.night_of, { from: lookbackStart(window), to: window.to }));
  const { splits, hydration } = splitsFor(inWindow, lookback);
  return {
    window,
    comparisons: INSIGHT_FACTORS.map((factor) =>
      compareFactor(factor, inWindow, splits[factor], factor === 'hydration' ? hydration : null),
    ),
  };
}

function compareFactor(
  factor: InsightFactor,
  nights: readonly InsightNight[],
  split: NightSplit,
  threshold: number | null,
): FactorComparison {
  const withHabit: InsightNight[] = [];
  const without: InsightNight[] = [];
  for (const night of nights) {
    const side = split(night);
    if (side === true) withHabit.push(night);
    else if (side === false) without.push(night);
  }
  return { factor, ...compareNightGroups(withHabit, without), threshold };
}

/** A comparison of two given sets of nights, without naming the habit (FactorComparison less factor and threshold). */
export type GroupComparison = Pick<
  FactorComparison,
  'with' | 'without' | 'difference' | 'worst_pain_difference' | 'verdict'
>;

/**
 * Any two sets of nights compared as the insights compare them: counts, the
 * pain-night rate difference (first minus second) with Newcombe's interval,
 * the mean worst pain difference with Welch's, and the verdict. For callers
 * that choose the nights themselves, such as a run of nights with a habit
 * against the same number before it.
 */
export function compareNightGroups(
  withHabit: readonly InsightNight[],
  without: readonly InsightNight[],
): GroupComparison {
  const groupWith = summarise(withHabit);
  const groupWithout = summarise(without);
  const difference =
    groupWith.nights > 0 && groupWithout.nights > 0
      ? newcombeDifference(groupWith.pain_nights, groupWith.nights, groupWithout.pain_nights, groupWithout.nights)
      : null;
  return {
    with: groupWith,
    without: groupWithout,
    difference,
    worst_pain_difference: welchInterval(worstPains(withHabit), worstPains(without)),
    verdict: verdictFor(groupWith, groupWithout, difference),
  };
}

function summarise(nights: readonly InsightNight[]): NightGroup {
  return {
    nights: nights.length,
    pain_nights: nights.filter(isPainNight).length,
    mean_worst_pain: nights.length === 0 ? null : mean(worstPains(nights)),
  };
}

function worstPains(nights: readonly InsightNight[]): number[] {
  return nights.map((night) => night.worst_pain);
}

/**
 * The plain verdict: fewer or more pain nights only when the interval for the
 * difference excludes 0 and each side has at least 7 nights.
 */
export function verdictFor(withHabit: NightGroup, without: NightGroup, difference: Interval | null): InsightVerdict {
  if (withHabit.nights < MIN_NIGHTS_PER_GROUP || without.nights < MIN_NIGHTS_PER_GROUP || !difference) {
    return 'not_enough_nights';
  }
  if (difference.high < 0) return 'fewer_pain_nights';
  if (difference.low > 0) return 'more_pain_nights';
  return 'no_clear_difference';
}
