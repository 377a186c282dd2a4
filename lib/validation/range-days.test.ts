import { describe, expect, it } from 'vitest';
import { parseRangeDays } from './range-days';

describe('parseRangeDays', () => {
  it.each([
    ['30', 30],
    ['365', 365],
    [undefined, 90],
    ['7', 90],
    ['abc', 90],
    [['30', '365'], 30],
  ] as const)('%s → %s', (value, days) => {
    expect(parseRangeDays(value as string | string[] | undefined)).toBe(days);
  });
});
