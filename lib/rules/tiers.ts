/**
 * Flag tiers, lowest first, so a tier's index in this array is its rank.
 * `emergency` > `urgent` > `soon` > `routine` (docs/rules.md, "Tiers").
 */
export const TIERS = ['routine', 'soon', 'urgent', 'emergency'] as const;

/** One of the four flag tiers. */
export type Tier = (typeof TIERS)[number];

/** True when `value` is one of the tier codes (for data read back from storage or the API). */
export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** Rank of a tier: 0 for `routine` up to 3 for `emergency`. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** The higher of two tiers (either one when they are equal). */
export function maxTier(a: Tier, b: Tier): Tier {
  return tierRank(b) > tierRank(a) ? b : a;
}

/** True when `a` is strictly higher than `b`, e.g. to decide whether a flag escalates. */
export function isHigherTier(a: Tier, b: Tier): boolean {
  return tierRank(a) > tierRank(b);
}
