import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, formatNight, formatNightLong, formatNightTick, pregnancyWeeks } from './format';

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('1980-06-15', '2026-06-14')).toBe(45);
    expect(ageOn('1980-06-15', '2026-06-15')).toBe(46);
    expect(ageOn('1960-03-08', '2026-03-07')).toBe(65);
    expect(ageOn('1960-03-08', '2026-03-08')).toBe(66);
    expect(ageOn(null, '2026-06-15')).toBeNull();
  });
});

describe('pregnancyWeeks', () => {
  it('counts back from 40 weeks at the due date', () => {
    expect(pregnancyWeeks('2026-07-01', '2026-06-24')).toBe(39);
    expect(pregnancyWeeks('2026-07-01', '2026-03-25')).toBe(26);
  });

  it('is null after the due date or without one', () => {
    expect(pregnancyWeeks('2026-07-01', '2026-07-01')).toBeNull();
    expect(pregnancyWeeks(null, '2026-07-01')).toBeNull();
  });
});

describe('night and date formats', () => {
  it('writes a night one way everywhere, with a long form for headings and a short one for axes', () => {
    expect(formatNight('2026-11-23')).toBe('Mon 23 Nov');
    expect(formatNightLong('2026-11-23')).toBe('Monday 23 November 2026');
    expect(formatNightTick('2026-11-23')).toBe('23 Nov');
  });
  it('gives calendar dates their year', () => {
    expect(formatDate('1960-03-08')).toBe('8 Mar 1960');
    expect(formatDate(new Date(2026, 10, 26, 14, 5))).toBe('26 Nov 2026');
  });
});
