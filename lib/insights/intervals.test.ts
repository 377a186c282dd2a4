import { describe, expect, it } from 'vitest';
import { newcombeDifference, normalQuantile, welchInterval, wilsonInterval } from './intervals';

/*
 * Reference values: Newcombe RG. Interval estimation for the difference between
 * independent proportions: comparison of eleven methods. Stat Med 1998;17:873–890,
 * Table II, method 10 (score interval, no continuity correction), 95% level.
 * Each row is a/m − b/n with the published lower and upper limit (4 dp).
 */
const NEWCOMBE_TABLE_II: Array<[string, number, number, number, number, number, number]> = [
  ['(a) 56/70 − 48/80', 56, 70, 48, 80, 0.0524, 0.3339],
  ['(b) 9/10 − 3/10', 9, 10, 3, 10, 0.1705, 0.809],
  ['(c) 6/7 − 2/7', 6, 7, 2, 7, 0.0582, 0.8062],
  ['(d) 5/56 − 0/29', 5, 56, 0, 29, -0.0381, 0.1926],
  ['(e) 0/10 − 0/20', 0, 10, 0, 20, -0.1611, 0.2775],
  ['(f) 0/10 − 0/10', 0, 10, 0, 10, -0.2775, 0.2775],
  ['(g) 10/10 − 0/20', 10, 10, 0, 20, 0.6791, 1],
  ['(h) 10/10 − 0/10', 10, 10, 0, 10, 0.6075, 1],
];

describe('newcombeDifference (method 10, hybrid Wilson score)', () => {
  it.each(NEWCOMBE_TABLE_II)('%s matches the published limits to 4 dp', (_name, a, m, b, n, low, high) => {
    const interval = newcombeDifference(a, m, b, n);
    expect(interval.estimate).toBeCloseTo(a / m - b / n, 12);
    expect(Math.abs(interval.low - low)).toBeLessThan(0.00005 + 1e-12);
    expect(Math.abs(interval.high - high)).toBeLessThan(0.00005 + 1e-12);
  });

  it('is antisymmetric: swapping the groups mirrors the interval', () => {
    const forward = newcombeDifference(3, 12, 9, 15);
    const backward = newcombeDifference(9, 15, 3, 12);
    expect(backward.low).toBeCloseTo(-forward.high, 12);
    expect(backward.high).toBeCloseTo(-forward.low, 12);
  });
});

describe('wilsonInterval', () => {
  it('uses the normal quantile 1.959964 at 95%', () => {
    expect(normalQuantile()).toBeCloseTo(1.959964, 6);
  });

  it('matches the worked single-proportion example 81/263 (Newcombe 1998, Stat Med 17:857: 0.2553 to 0.3662)', () => {
    const interval = wilsonInterval(81, 263);
    expect(interval.low).toBeCloseTo(0.2553, 4);
    expect(interval.high).toBeCloseTo(0.3662, 4);
  });

  it('is exactly 0 or 1 at the edges and refuses impossible counts', () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
  });
});

describe('welchInterval', () => {
  it('matches a hand computation: equal variances and sizes give df = 8, t(0.975, 8) = 2.306004', () => {
    // x̄ − ȳ = 3 − 5 = −2; s² = 2.5 both, se = √(2.5/5 + 2.5/5) = 1; df = (0.5+0.5)² / (2·0.5²/4) = 8.
    const interval = welchInterval([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]);
    expect(interval?.estimate).toBeCloseTo(-2, 12);
    expect(interval?.low).toBeCloseTo(-4.306004, 5);
    expect(interval?.high).toBeCloseTo(0.306004, 5);
  });

  it('matches a hand computation with unequal variances (Welch–Satterthwaite df)', () => {
    // x = 2, 4, 6: mean 4, s² = 4, s²/n = 4/3; y = 0, 1, 2: mean 1, s² = 1, s²/n = 1/3.
    // se = √(5/3); df = (5/3)² / ((4/3)²/2 + (1/3)²/2) = 50/17 ≈ 2.941.
    const interval = welchInterval([2, 4, 6], [0, 1, 2]);
    const se = Math.sqrt(5 / 3);
    expect(interval?.estimate).toBeCloseTo(3, 12);
    // The interval is symmetric, and its t lies between the table values for 3 df (3.1824) and 2 df (4.3027).
    const t = (interval!.high - interval!.estimate) / se;
    expect(interval!.estimate - interval!.low).toBeCloseTo(interval!.high - interval!.estimate, 12);
    expect(t).toBeGreaterThan(3.1824);
    expect(t).toBeLessThan(4.3027);
  });

  it('is null with fewer than two values on a side or no spread at all', () => {
    expect(welchInterval([5], [1, 2, 3])).toBeNull();
    expect(welchInterval([2, 2, 2], [4, 4])).toBeNull();
  });
});
