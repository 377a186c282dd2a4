import { describe, expect, it } from 'vitest';
import { diaryChartQuerySchema, parseRangeDays } from './range-days';
import { parseQueryLenient } from './query-params';

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

describe('diaryChartQuerySchema', () => {
  const days = (value: string | string[] | undefined) => parseQueryLenient(diaryChartQuerySchema, { days: value }).days;
  it('falls back to 30 nights for anything unexpected', () => {
    expect(days('90')).toBe(90);
    expect(days(['30', '90'])).toBe(30);
    for (const value of [undefined, '', '7', 'abc', '90.0x']) expect(days(value)).toBe(30);
  });
});
