import { describe, expect, it } from 'vitest';
import { computeInsights } from '../insights/compare';
import { run, WINDOW } from '../insights/test-nights';
import { toInsightsBody } from './insights';

describe('toInsightsBody', () => {
  const report = computeInsights([...run(0, 12, 3, { stretched_before_bed: true }), ...run(12, 15, 9, {}, 7)], WINDOW);
  const body = toInsightsBody(report);

  it('sends exactly window and comparisons, each with factor, with, without, difference and verdict', () => {
    expect(Object.keys(body)).toEqual(['window', 'comparisons']);
    for (const comparison of body.comparisons) {
      expect(Object.keys(comparison)).toEqual(['factor', 'with', 'without', 'difference', 'verdict']);
      expect(Object.keys(comparison.with)).toEqual(['nights', 'pain_nights', 'mean_worst_pain']);
    }
  });

  it('rounds rates to 4 places and means to 2, and keeps counts exact', () => {
    const stretching = body.comparisons[0]!;
    expect(stretching.with).toEqual({ nights: 12, pain_nights: 3, mean_worst_pain: 1.5 });
    expect(stretching.without).toEqual({ nights: 15, pain_nights: 9, mean_worst_pain: 4.2 });
    const exact = report.comparisons[0]!.difference!;
    expect(stretching.difference).toEqual({
      estimate: -0.35,
      low: Math.round(exact.low * 10_000) / 10_000,
      high: Math.round(exact.high * 10_000) / 10_000,
    });
  });

  it('sends null for a difference with an empty side and never -0', () => {
    const hydration = body.comparisons.find((c) => c.factor === 'hydration')!;
    expect(hydration.difference).toBeNull();
    const even = toInsightsBody(
      computeInsights([...run(0, 10, 5, { stretched_before_bed: true }), ...run(10, 10, 5)], WINDOW),
    );
    expect(Object.is(even.comparisons[0]!.difference!.estimate, -0)).toBe(false);
  });
});
