import { describe, expect, it } from 'vitest';
import { ageOn, pregnancyWeeks } from './format';

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('1980-06-15', '2026-06-14')).toBe(45);
    expect(ageOn('1980-06-15', '2026-06-15')).toBe(46);
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
