import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareNights,
  daysBetween,
  isValidNight,
  isWithin,
  lastSevenNights,
  nightsBetween,
  sevenNightsBefore,
} from './nights';

describe('nights', () => {
  it.each([
    ['2026-03-15', -6, '2026-03-09'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // a DST change in Europe: still one calendar day
    ['2026-03-15', 0, '2026-03-15'],
  ])('addDays(%s, %i) = %s', (night, days, expected) => {
    expect(addDays(night, days)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-3-15', '15/03/2026', '', '2026-03-15T00:00:00Z'])('rejects %j', (night) => {
    expect(isValidNight(night)).toBe(false);
    expect(() => addDays(night, 1)).toThrow(RangeError);
  });

  it('builds the two windows inclusively', () => {
    expect(lastSevenNights('2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(sevenNightsBefore('2026-03-15')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
  });

  it('isWithin includes both ends', () => {
    const window = { from: '2026-03-09', to: '2026-03-15' };
    expect(isWithin('2026-03-09', window)).toBe(true);
    expect(isWithin('2026-03-15', window)).toBe(true);
    expect(isWithin('2026-03-08', window)).toBe(false);
    expect(isWithin('2026-03-16', window)).toBe(false);
  });

  it('compares nights ascending', () => {
    expect(['2026-03-15', '2025-12-31', '2026-01-02'].sort(compareNights)).toEqual([
      '2025-12-31',
      '2026-01-02',
      '2026-03-15',
    ]);
  });

  it('counts and lists the nights between two nights, both ends included', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
    expect(nightsBetween('2026-10-31', '2026-11-02')).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
    expect(nightsBetween('2026-11-02', '2026-11-01')).toEqual([]);
  });
});
