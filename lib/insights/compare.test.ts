import { describe, expect, it } from 'vitest';
import {
  compareNightGroups,
  computeInsights,
  defaultWindow,
  lookbackStart,
  MIN_NIGHTS_PER_GROUP,
  resolveWindow,
  verdictFor,
} from './compare';
import { newcombeDifference } from './intervals';
import { night, painful, run, WINDOW } from './test-nights';
import type { FactorComparison, InsightFactor } from './types';

function comparison(report: ReturnType<typeof computeInsights>, factor: InsightFactor): FactorComparison {
  const found = report.comparisons.find((c) => c.factor === factor);
  if (!found) throw new Error(`no ${factor} comparison`);
  return found;
}

describe('computeInsights: stretching', () => {
  it('a patient whose stretching nights are clearly better gets fewer_pain_nights, the interval excluding 0', () => {
    // 30 stretching nights with 3 pain nights; 30 other nights with 24.
    const nights = [...run(0, 30, 3, { stretched_before_bed: true }, 3), ...run(30, 30, 24, {}, 7)];
    const stretching = comparison(computeInsights(nights, WINDOW), 'stretched_before_bed');
    expect(stretching.with).toEqual({ nights: 30, pain_nights: 3, mean_worst_pain: (3 * 3) / 30 });
    expect(stretching.without).toEqual({ nights: 30, pain_nights: 24, mean_worst_pain: (24 * 7) / 30 });
    expect(stretching.difference?.estimate).toBeCloseTo(3 / 30 - 24 / 30, 12);
    expect(stretching.difference!.high).toBeLessThan(0);
    expect(stretching.difference).toEqual(newcombeDifference(3, 30, 24, 30));
    expect(stretching.worst_pain_difference!.high).toBeLessThan(0);
    expect(stretching.verdict).toBe('fewer_pain_nights');
  });

  it('a patient with 5 stretching nights gets not_enough_nights, however different they look', () => {
    const nights = [...run(0, 5, 0, { stretched_before_bed: true }), ...run(5, 40, 40)];
    const stretching = comparison(computeInsights(nights, WINDOW), 'stretched_before_bed');
    expect(stretching.with.nights).toBe(5);
    expect(stretching.difference!.high).toBeLessThan(0);
    expect(stretching.verdict).toBe('not_enough_nights');
  });

  it('a patient with no difference gets no_clear_difference', () => {
    const nights = [...run(0, 20, 10, { stretched_before_bed: true }), ...run(20, 20, 10)];
    const stretching = comparison(computeInsights(nights, WINDOW), 'stretched_before_bed');
    expect(stretching.difference?.estimate).toBeCloseTo(0, 12);
    expect(stretching.difference!.low).toBeLessThan(0);
    expect(stretching.difference!.high).toBeGreaterThan(0);
    expect(stretching.verdict).toBe('no_clear_difference');
  });

  it('worse nights with the habit read more_pain_nights', () => {
    const nights = [...run(0, 25, 22, { long_standing_or_exercise: true }), ...run(25, 25, 3)];
    expect(comparison(computeInsights(nights, WINDOW), 'long_standing_or_exercise').verdict).toBe('more_pain_nights');
  });

  it('counts pain nights by the rules’ definition (worst pain, an episode, or waking from pain)', () => {
    const nights = [
      night(0, { stretched_before_bed: true, worst_pain: 2 }),
      night(1, { stretched_before_bed: true, episodes: 1 }),
      night(2, { stretched_before_bed: true, woke_from_pain: true }),
      night(3, { stretched_before_bed: true }),
    ];
    expect(comparison(computeInsights(nights, WINDOW), 'stretched_before_bed').with.pain_nights).toBe(3);
  });
});

describe('computeInsights: the window and empty groups', () => {
  it('ignores nights outside the window and reports the window', () => {
    const nights = [night(0, painful()), night(200, { ...painful(), stretched_before_bed: true })];
    const report = computeInsights(nights, WINDOW);
    expect(report.window).toEqual(WINDOW);
    const stretching = comparison(report, 'stretched_before_bed');
    expect(stretching.with).toEqual({ nights: 0, pain_nights: 0, mean_worst_pain: null });
    expect(stretching.without.nights).toBe(1);
    expect(stretching.difference).toBeNull();
    expect(stretching.worst_pain_difference).toBeNull();
    expect(stretching.verdict).toBe('not_enough_nights');
  });

  it('answers every factor, in contract order, for a patient with no nights', () => {
    const report = computeInsights([], WINDOW);
    expect(report.comparisons.map((c) => c.factor)).toEqual([
      'stretched_before_bed',
      'hydration',
      'long_standing_or_exercise',
      'new_medicine',
    ]);
    expect(report.comparisons.every((c) => c.verdict === 'not_enough_nights' && c.difference === null)).toBe(true);
  });

  it('defaults to the 90 nights ending on the given night', () => {
    expect(defaultWindow('2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('fills in a requested window: to defaults to today (or from, when later), from to 90 nights before to', () => {
    expect(resolveWindow({}, '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(resolveWindow({ to: '2026-02-28' }, '2026-03-31')).toEqual({ from: '2025-12-01', to: '2026-02-28' });
    expect(resolveWindow({ from: '2026-03-01' }, '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(resolveWindow({ from: '2027-01-01' }, '2026-03-31')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(resolveWindow({ to: '0001-02-01' }, '2026-03-31')).toEqual({ from: '0001-01-01', to: '0001-02-01' });
  });

  it('never looks back before 0001-01-01', () => {
    expect(lookbackStart({ from: '0001-01-03', to: '0001-02-01' })).toBe('0001-01-01');
    expect(lookbackStart({ from: '2026-03-10', to: '2026-03-31' })).toBe('2026-03-04');
  });
});

describe('computeInsights: hydration against the patient’s own median', () => {
  it('splits at or above the median from below it and leaves out nights without a count', () => {
    // Glasses 2, 4, 6, 8 (one night each), then a night with no count: median 5.
    const nights = [
      night(0, { hydration_glasses: 2, ...painful() }),
      night(1, { hydration_glasses: 4, ...painful() }),
      night(2, { hydration_glasses: 6 }),
      night(3, { hydration_glasses: 8, ...painful() }),
      night(4, { hydration_glasses: null, ...painful() }),
    ];
    const hydration = comparison(computeInsights(nights, WINDOW), 'hydration');
    expect(hydration.threshold).toBe(5);
    expect(hydration.with).toMatchObject({ nights: 2, pain_nights: 1 });
    expect(hydration.without).toMatchObject({ nights: 2, pain_nights: 2 });
  });

  it('counts a night at exactly the median as "with"', () => {
    const nights = [6, 6, 6, 2, 9].map((glasses, k) => night(k, { hydration_glasses: glasses }));
    const hydration = comparison(computeInsights(nights, WINDOW), 'hydration');
    expect(hydration.threshold).toBe(6);
    expect(hydration.with.nights).toBe(4);
    expect(hydration.without.nights).toBe(1);
  });

  it('a patient whose low-water days are worse gets fewer_pain_nights for water', () => {
    const nights = [...run(0, 20, 2, { hydration_glasses: 8 }), ...run(20, 20, 15, { hydration_glasses: 3 })];
    const hydration = comparison(computeInsights(nights, WINDOW), 'hydration');
    expect(hydration.threshold).toBe(5.5);
    expect(hydration.verdict).toBe('fewer_pain_nights');
  });

  it('has no threshold and no groups when no night recorded water', () => {
    const hydration = comparison(computeInsights(run(0, 10, 5), WINDOW), 'hydration');
    expect(hydration.threshold).toBeNull();
    expect(hydration.with.nights + hydration.without.nights).toBe(0);
  });
});

describe('computeInsights: a new medicine in the last 7 nights', () => {
  it('marks the night it was recorded and the 6 after it, including from just before the window', () => {
    const before = { from: '2026-03-01', to: '2026-03-31' };
    const nights = [
      // Recorded 2026-02-27, two nights before the window: covers 02-27 … 03-05, so 03-01 … 03-05 in the window.
      { ...night(0), night_of: '2026-02-27', new_medicine: true },
      ...Array.from({ length: 31 }, (_, i) => ({ ...night(0), night_of: `2026-03-${String(i + 1).padStart(2, '0')}` })),
    ];
    const medicine = comparison(computeInsights(nights, before), 'new_medicine');
    expect(medicine.with.nights).toBe(5);
    expect(medicine.without.nights).toBe(26);
  });

  it('overlapping new medicines extend the run without counting a night twice', () => {
    const nights = run(0, 30, 0).map((n, i) => ({ ...n, new_medicine: i === 20 || i === 17 }));
    const medicine = comparison(computeInsights(nights, WINDOW), 'new_medicine');
    // Recorded 20 and 17 nights ago: covers 20 … 14 and 17 … 11 nights ago, i.e. 20 … 11 (10 nights).
    expect(medicine.with.nights).toBe(10);
    expect(medicine.without.nights).toBe(20);
  });
});

describe('verdictFor', () => {
  const group = (nights: number) => ({ nights, pain_nights: 0, mean_worst_pain: 0 });
  const below = { estimate: -0.5, low: -0.8, high: -0.2 };

  it(`needs ${MIN_NIGHTS_PER_GROUP} nights on each side`, () => {
    expect(verdictFor(group(7), group(7), below)).toBe('fewer_pain_nights');
    expect(verdictFor(group(6), group(30), below)).toBe('not_enough_nights');
    expect(verdictFor(group(30), group(6), below)).toBe('not_enough_nights');
  });

  it('needs the interval to exclude 0', () => {
    expect(verdictFor(group(10), group(10), { estimate: -0.3, low: -0.6, high: 0 })).toBe('no_clear_difference');
    expect(verdictFor(group(10), group(10), { estimate: 0.3, low: 0.01, high: 0.6 })).toBe('more_pain_nights');
    expect(verdictFor(group(10), group(10), null)).toBe('not_enough_nights');
  });
});

describe('compareNightGroups', () => {
  it('compares two chosen sets of nights as a habit comparison would (e.g. 14 nights against the 14 before)', () => {
    const during = run(0, 14, 2, { stretched_before_bed: true });
    const before = run(14, 14, 11);
    const result = compareNightGroups(during, before);
    expect(result.with).toMatchObject({ nights: 14, pain_nights: 2 });
    expect(result.without).toMatchObject({ nights: 14, pain_nights: 11 });
    expect(result.difference).toEqual(newcombeDifference(2, 14, 11, 14));
    expect(result.verdict).toBe('fewer_pain_nights');
    const stretching = comparison(computeInsights([...during, ...before], WINDOW), 'stretched_before_bed');
    expect({ ...stretching, factor: undefined, threshold: undefined }).toEqual({
      ...result,
      factor: undefined,
      threshold: undefined,
    });
  });
});
