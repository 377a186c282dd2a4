import { describe, expect, it } from 'vitest';
import { diaryChartQuerySchema, parsePatientPageQuery, parseRangeDays } from './range-days';
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

describe('parsePatientPageQuery', () => {
  it('shows the newest 30 entries unless asked for a whole number of them or all', () => {
    expect(parsePatientPageQuery({})).toEqual({ range: 90, entries: 30 });
    expect(parsePatientPageQuery({ range: '365', entries: '60' })).toEqual({ range: 365, entries: 60 });
    expect(parsePatientPageQuery({ entries: 'all' })).toEqual({ range: 90, entries: 'all' });
    expect(parsePatientPageQuery({ entries: ['90', 'all'] })).toEqual({ range: 90, entries: 90 });
  });

  it('falls back to the first page for a malformed count, keeping a valid range', () => {
    for (const entries of ['0', '-5', '2.5', 'ALL', '366', '99999', 'abc', '']) {
      expect(parsePatientPageQuery({ range: '30', entries })).toEqual({ range: 30, entries: 30 });
    }
  });
});
