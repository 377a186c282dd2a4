import jStat from 'jstat';
import { mean, sampleVariance } from 'simple-statistics';
import type { Interval } from './types';

/** The two-sided 95% level every insight interval uses. */
export const CONFIDENCE = 0.95;

/** The standard normal quantile for a two-sided interval at `confidence` (1.959964 at 95%). */
export function normalQuantile(confidence = CONFIDENCE): number {
  return jStat.normal.inv(1 - (1 - confidence) / 2, 0, 1);
}

/**
 * Wilson's score interval for one proportion `successes / trials`, without
 * continuity correction (Newcombe 1998, Stat Med 17:857, method 3).
 * @throws RangeError for no trials or counts that do not fit.
 */
export function wilsonInterval(successes: number, trials: number, confidence = CONFIDENCE): Interval {
  if (!(trials > 0) || successes < 0 || successes > trials) {
    throw new RangeError(`Wilson interval needs 0 ≤ successes ≤ trials, trials > 0 (got ${successes}/${trials})`);
  }
  const z = normalQuantile(confidence);
  const p = successes / trials;
  const z2 = z * z;
  const centre = 2 * trials * p + z2;
  const spread = z * Math.sqrt(z2 + 4 * trials * p * (1 - p));
  const denominator = 2 * (trials + z2);
  // At p = 0 or 1 the bound is exactly 0 or 1; clamp away rounding noise.
  return {
    estimate: p,
    low: successes === 0 ? 0 : (centre - spread) / denominator,
    high: successes === trials ? 1 : (centre + spread) / denominator,
  };
}

/**
 * Newcombe's hybrid score interval for the difference of two independent
 * proportions a/m − b/n (Newcombe 1998, Stat Med 17:873, method 10): each
 * side's Wilson interval, combined in quadrature.
 */
export function newcombeDifference(a: number, m: number, b: number, n: number, confidence = CONFIDENCE): Interval {
  const first = wilsonInterval(a, m, confidence);
  const second = wilsonInterval(b, n, confidence);
  const estimate = first.estimate - second.estimate;
  const below = Math.hypot(first.estimate - first.low, second.high - second.estimate);
  const above = Math.hypot(first.high - first.estimate, second.estimate - second.low);
  return { estimate, low: Math.max(-1, estimate - below), high: Math.min(1, estimate + above) };
}

/**
 * Welch's t interval for the difference of two means, mean(x) − mean(y),
 * with Welch–Satterthwaite degrees of freedom. Null when a side has fewer
 * than 2 values or neither side varies (the interval is not defined).
 */
export function welchInterval(x: readonly number[], y: readonly number[], confidence = CONFIDENCE): Interval | null {
  if (x.length < 2 || y.length < 2) return null;
  const vx = sampleVariance([...x]) / x.length;
  const vy = sampleVariance([...y]) / y.length;
  const se = Math.sqrt(vx + vy);
  if (!(se > 0)) return null;
  const df = (vx + vy) ** 2 / (vx ** 2 / (x.length - 1) + vy ** 2 / (y.length - 1));
  const t = jStat.studentt.inv(1 - (1 - confidence) / 2, df);
  const estimate = mean([...x]) - mean([...y]);
  return { estimate, low: estimate - t * se, high: estimate + t * se };
}
