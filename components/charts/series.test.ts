import { describe, expect, it } from 'vitest';
import { fillNights, peakOf } from './series';

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
