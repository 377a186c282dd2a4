import type { Interval, NightGroup } from '../insights/types';

/**
 * Rounding for statistics on the wire (insights and experiments): proportions
 * and their limits to 4 decimal places, pain scores to 2, so no floating-point
 * noise reaches API clients.
 */
export function roundGroup(group: NightGroup): NightGroup {
  return {
    nights: group.nights,
    pain_nights: group.pain_nights,
    mean_worst_pain: group.mean_worst_pain === null ? null : round(group.mean_worst_pain, 2),
  };
}

export function roundInterval(interval: Interval, digits: number): Interval {
  return {
    estimate: round(interval.estimate, digits),
    low: round(interval.low, digits),
    high: round(interval.high, digits),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  // + 0 turns -0 into 0.
  return Math.round(value * factor) / factor + 0;
}
