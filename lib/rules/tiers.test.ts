import { describe, expect, it } from 'vitest';
import { TIERS, isHigherTier, isTier, maxTier, tierRank } from './tiers';

describe('tiers', () => {
  it('ranks routine < soon < urgent < emergency', () => {
    expect(TIERS.map(tierRank)).toEqual([0, 1, 2, 3]);
  });

  it.each([
    ['routine', 'soon', 'soon'],
    ['emergency', 'urgent', 'emergency'],
    ['soon', 'soon', 'soon'],
    ['urgent', 'routine', 'urgent'],
  ] as const)('maxTier(%s, %s) = %s', (a, b, expected) => {
    expect(maxTier(a, b)).toBe(expected);
  });

  it.each([
    ['urgent', 'soon', true],
    ['soon', 'urgent', false],
    ['soon', 'soon', false],
    ['emergency', 'routine', true],
  ] as const)('isHigherTier(%s, %s) = %s', (a, b, expected) => {
    expect(isHigherTier(a, b)).toBe(expected);
  });

  it('recognises tier codes only', () => {
    expect(isTier('urgent')).toBe(true);
    expect(isTier('Urgent')).toBe(false);
    expect(isTier(3)).toBe(false);
  });
});
