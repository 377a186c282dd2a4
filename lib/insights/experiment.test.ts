import { describe, expect, it } from 'vitest';
import { addDays } from '../rules/nights';
import { compareNightGroups } from './compare';
import {
  computeExperimentResult,
  experimentEndNight,
  experimentNightNumber,
  experimentWindows,
  isExperimentDue,
  isExperimentFactor,
  EXPERIMENT_NIGHTS,
} from './experiment';
import { newcombeDifference } from './intervals';
import { night, painful } from './test-nights';
import type { InsightNight } from './factors';

const START = '2026-03-10';

/** `count` consecutive nights from `from`, the first `painNights` of them pain nights. */
function nightsFrom(from: string, count: number, painNights: number, overrides: Partial<InsightNight> = {}) {
  return Array.from({ length: count }, (_, i) => ({
    ...night(0, { ...(i < painNights ? painful() : {}), ...overrides }),
    night_of: addDays(from, i),
  }));
}

describe('experiment windows', () => {
  it('runs 14 nights from the start night and compares them with the 14 nights before', () => {
    expect(EXPERIMENT_NIGHTS).toBe(14);
    expect(experimentEndNight(START)).toBe('2026-03-23');
    expect(experimentWindows(START)).toEqual({
      during: { from: '2026-03-10', to: '2026-03-23' },
      before: { from: '2026-02-24', to: '2026-03-09' },
    });
  });

  it('crosses month and year ends', () => {
    expect(experimentWindows('2026-01-05')).toEqual({
      during: { from: '2026-01-05', to: '2026-01-18' },
      before: { from: '2025-12-22', to: '2026-01-04' },
    });
  });

  it('numbers the nights 1 to 14, 0 before the start and 14 after the end', () => {
    expect(experimentNightNumber(START, '2026-03-09')).toBe(0);
    expect(experimentNightNumber(START, START)).toBe(1);
    expect(experimentNightNumber(START, '2026-03-16')).toBe(7);
    expect(experimentNightNumber(START, '2026-03-23')).toBe(14);
    expect(experimentNightNumber(START, '2026-04-30')).toBe(14);
  });

  it('knows its factors', () => {
    expect(isExperimentFactor('stretched_before_bed')).toBe(true);
    expect(isExperimentFactor('hydration')).toBe(false);
    expect(isExperimentFactor(undefined)).toBe(false);
  });
});

describe('isExperimentDue', () => {
  const end = experimentEndNight(START);

  it('is not due on or before the last night', () => {
    expect(isExperimentDue(end, START, false)).toBe(false);
    expect(isExperimentDue(end, end, true)).toBe(false);
  });

  it('is due the day after the last night once that night is recorded', () => {
    expect(isExperimentDue(end, addDays(end, 1), true)).toBe(true);
  });

  it('waits the day after the last night for it to be recorded, then finishes without it', () => {
    expect(isExperimentDue(end, addDays(end, 1), false)).toBe(false);
    expect(isExperimentDue(end, addDays(end, 2), false)).toBe(true);
    expect(isExperimentDue(end, addDays(end, 30), false)).toBe(true);
  });
});

describe('computeExperimentResult', () => {
  it('stretching nights clearly better than the 14 before: fewer_pain_nights, the interval excluding 0', () => {
    const before = nightsFrom('2026-02-24', 14, 11);
    const during = nightsFrom(START, 14, 2, { stretched_before_bed: true });
    const result = computeExperimentResult('stretched_before_bed', START, [...during, ...before]);
    expect(result.with).toMatchObject({ nights: 14, pain_nights: 2 });
    expect(result.without).toMatchObject({ nights: 14, pain_nights: 11 });
    // Newcombe (1998) method 10, the same interval the insights use.
    expect(result.difference).toEqual(newcombeDifference(2, 14, 11, 14));
    expect(result.difference!.high).toBeLessThan(0);
    expect(result.verdict).toBe('fewer_pain_nights');
    expect(result.followed_nights).toBe(14);
    expect(result.during).toEqual({ from: START, to: '2026-03-23', recorded: during.map((n) => n.night_of) });
    expect(result.before.recorded).toHaveLength(14);
    expect(result.before.recorded[0]).toBe('2026-02-24');
  });

  it('is exactly the insights comparison of the two sets of nights', () => {
    const before = nightsFrom('2026-02-24', 14, 8);
    const during = nightsFrom(START, 14, 5, { stretched_before_bed: true });
    const result = computeExperimentResult('stretched_before_bed', START, [...before, ...during]);
    const { with: w, without, difference, worst_pain_difference, verdict } = result;
    expect({ with: w, without, difference, worst_pain_difference, verdict }).toEqual(
      compareNightGroups(during, before),
    );
  });

  it('with fewer than 7 recorded nights on a side reads not_enough_nights, however different they look', () => {
    const before = nightsFrom('2026-02-24', 14, 14);
    const during = nightsFrom(START, 6, 0, { stretched_before_bed: true });
    const result = computeExperimentResult('stretched_before_bed', START, [...during, ...before]);
    expect(result.with.nights).toBe(6);
    expect(result.difference!.high).toBeLessThan(0);
    expect(result.verdict).toBe('not_enough_nights');
  });

  it('no difference between the periods reads no_clear_difference', () => {
    const before = nightsFrom('2026-02-24', 14, 7);
    const during = nightsFrom(START, 14, 7, { stretched_before_bed: true });
    const result = computeExperimentResult('stretched_before_bed', START, [...during, ...before]);
    expect(result.difference!.estimate).toBe(0);
    expect(result.verdict).toBe('no_clear_difference');
  });

  it('counts every recorded night of the period, and how many of them kept the habit', () => {
    const before = nightsFrom('2026-02-24', 14, 10);
    const during = nightsFrom(START, 14, 3).map((n, i) => ({ ...n, stretched_before_bed: i % 2 === 0 }));
    const result = computeExperimentResult('stretched_before_bed', START, [...during, ...before]);
    expect(result.with.nights).toBe(14);
    expect(result.followed_nights).toBe(7);
  });

  it('ignores nights outside both windows and leaves gaps out of the counts', () => {
    const outside = [...nightsFrom('2026-01-01', 20, 20), ...nightsFrom('2026-03-24', 5, 5)];
    const before = nightsFrom('2026-02-24', 14, 4).filter((_, i) => i % 2 === 0);
    const result = computeExperimentResult('stretched_before_bed', START, [...outside, ...before]);
    expect(result.without.nights).toBe(7);
    expect(result.with.nights).toBe(0);
    expect(result.difference).toBeNull();
    expect(result.during.recorded).toEqual([]);
    expect(result.verdict).toBe('not_enough_nights');
  });
});
