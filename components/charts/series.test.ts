import { describe, expect, it } from 'vitest';
import { fillNights, nightsBetween, patternMix, peakOf } from './series';

describe('nightsBetween', () => {
  it('lists every night, across a month end, both ends included', () => {
    expect(nightsBetween('2026-10-30', '2026-11-02')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    expect(nightsBetween('2026-11-02', '2026-11-01')).toEqual([]);
  });
});

describe('fillNights', () => {
  it('gives one point per night and a gap (null) where nothing was recorded', () => {
    const entries = [
      { night_of: '2026-11-03', worst_pain: 0 },
      { night_of: '2026-11-01', worst_pain: 6 },
      { night_of: '2026-10-20', worst_pain: 9 },
    ];
    expect(fillNights(entries, 'worst_pain', { from: '2026-11-01', to: '2026-11-03' })).toEqual([
      { night: '2026-11-01', worst_pain: 6 },
      { night: '2026-11-02', worst_pain: null },
      { night: '2026-11-03', worst_pain: 0 },
    ]);
  });
});

describe('patternMix', () => {
  const labels = { sudden_cramp: 'Sudden cramp', restless_urge: 'Restless', deep_ache_at_rest: 'Deep ache' };
  it('counts nights per pattern, most frequent first, leaving out patterns never reported', () => {
    const entries: Array<{ patterns: Array<keyof typeof labels> }> = [
      { patterns: ['sudden_cramp', 'restless_urge'] },
      { patterns: ['sudden_cramp', 'sudden_cramp'] },
      { patterns: [] },
      { patterns: ['restless_urge', 'sudden_cramp'] },
    ];
    expect(patternMix(entries, labels)).toEqual([
      { code: 'sudden_cramp', label: 'Sudden cramp', nights: 3 },
      { code: 'restless_urge', label: 'Restless', nights: 2 },
    ]);
  });
  it('is empty for no entries', () => {
    expect(patternMix([], labels)).toEqual([]);
  });
});

describe('peakOf', () => {
  it('finds the first highest recorded value, or null', () => {
    const series = [
      { night: 'a', worst_pain: null },
      { night: 'b', worst_pain: 4 },
      { night: 'c', worst_pain: 7 },
      { night: 'd', worst_pain: 7 },
    ];
    expect(peakOf(series, 'worst_pain')).toEqual({ night: 'c', value: 7 });
    expect(peakOf([{ night: 'a', worst_pain: null }], 'worst_pain')).toBeNull();
  });
});
