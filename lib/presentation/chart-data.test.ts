import { describe, expect, it } from 'vitest';
import { PATTERN_LABELS } from './labels';
import {
  chartNights,
  describePain,
  expandNightColumns,
  flaggedNights,
  nightlySeries,
  packNightColumns,
  patternMix,
  weeklyPainNights,
} from './chart-data';
import { emptyDiaryFields } from '../diary/empty';
import type { ClinicianEntry, ClinicianFlag } from '../views/types';

function entry(night: string, overrides: Partial<ClinicianEntry> = {}): ClinicianEntry {
  return {
    id: `e-${night}`,
    ...emptyDiaryFields(night),
    version: 1,
    edited: false,
    recorded_at: `${night}T07:00:00.000Z`,
    updated_at: `${night}T07:00:00.000Z`,
    ...overrides,
  };
}

function flag(tier: ClinicianFlag['tier'], evidence: string[]): ClinicianFlag {
  return { tier, evidence_nights: evidence } as ClinicianFlag;
}

describe('chartNights', () => {
  it('lists the nights ending last night, adding tonight only when it has an entry', () => {
    expect(chartNights('2026-03-10', 3, [])).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(chartNights('2026-03-10', 2, [entry('2026-03-10')])).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
  });
});

describe('night columns', () => {
  const today = '2026-03-10';
  const entries = [
    entry('2026-01-20', { worst_pain: 7, episodes: 3, minutes_awake: 45, sleep_quality: 1 }),
    entry('2026-02-28', { worst_pain: 0 }),
    entry('2026-03-09', { worst_pain: 4, episodes: 1, sleep_quality: null }),
    entry(today, { worst_pain: 2 }),
  ];
  const flags = [flag('urgent', ['2026-01-20']), flag('soon', ['2026-03-09', '2026-01-20'])];
  const points = nightlySeries(chartNights(today, 90, entries), entries, flags);

  it('expand back to exactly the points they were packed from, labels included', () => {
    expect(points).toHaveLength(91);
    expect(expandNightColumns(packNightColumns(points))).toEqual(points);
  });

  it('send a fraction of the bytes the points would', () => {
    const packed = JSON.stringify(packNightColumns(points)).length;
    expect(packed * 4).toBeLessThan(JSON.stringify(points).length);
  });

  it('refuse nights that are not consecutive, and pack nothing to nothing', () => {
    expect(() => packNightColumns([points[0]!, points[2]!])).toThrow(/consecutive/);
    expect(expandNightColumns(packNightColumns([]))).toEqual([]);
  });
});

describe('nightlySeries', () => {
  it('leaves missing nights empty rather than zero and marks flagged nights by their highest tier', () => {
    const nights = ['2026-03-01', '2026-03-02', '2026-03-03'];
    const series = nightlySeries(
      nights,
      [entry('2026-03-01', { worst_pain: 6, episodes: 2, minutes_awake: 30, sleep_quality: 2 }), entry('2026-03-03')],
      [flag('soon', ['2026-03-01']), flag('urgent', ['2026-03-01', '2026-02-20'])],
    );
    expect(series.map((point) => point.worst_pain)).toEqual([6, null, 0]);
    expect(series[0]).toMatchObject({ episodes: 2, minutes_awake: 30, sleep_quality: 2, flag_tier: 'urgent' });
    expect(series[1]).toMatchObject({ episodes: null, flag_tier: null });
  });
});

describe('flaggedNights', () => {
  it('keeps the highest tier citing each night', () => {
    const map = flaggedNights([flag('routine', ['a', 'b']), flag('emergency', ['b'])]);
    expect(Object.fromEntries(map)).toEqual({ a: 'routine', b: 'emergency' });
  });
});

describe('weeklyPainNights', () => {
  it('counts pain nights per 7-night week ending with the last night', () => {
    const nights = Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
    const weeks = weeklyPainNights(nights, [
      entry('2026-03-01', { worst_pain: 3 }),
      entry('2026-03-05', { woke_from_pain: true }),
      entry('2026-03-06'),
      entry('2026-03-10', { episodes: 1 }),
    ]);
    expect(weeks).toEqual([
      { week_end: '2026-03-03', label: 'Tue 3 Mar', pain_nights: 1, entries: 1 },
      { week_end: '2026-03-10', label: 'Tue 10 Mar', pain_nights: 2, entries: 3 },
    ]);
  });
});

describe('patternMix', () => {
  it('counts nights per pattern, most frequent first, leaving out unreported ones', () => {
    const mix = patternMix([
      entry('2026-03-01', { patterns: ['sudden_cramp', 'restless_urge'] }),
      entry('2026-03-02', { patterns: ['restless_urge'] }),
    ]);
    expect(mix.map(({ pattern, nights }) => [pattern, nights])).toEqual([
      ['restless_urge', 2],
      ['sudden_cramp', 1],
    ]);
  });

  it('counts a pattern once per night, breaks ties in catalog order and takes the caller’s labels', () => {
    const labels = { ...PATTERN_LABELS, sudden_cramp: 'Cramp', restless_urge: 'Restless' };
    const mix = patternMix(
      [
        { patterns: ['restless_urge', 'sudden_cramp', 'sudden_cramp'] },
        { patterns: [] },
        { patterns: ['sudden_cramp'] },
      ],
      labels,
    );
    expect(mix).toEqual([
      { pattern: 'sudden_cramp', label: 'Cramp', nights: 2 },
      { pattern: 'restless_urge', label: 'Restless', nights: 1 },
    ]);
    expect(patternMix([])).toEqual([]);
  });
});

describe('describePain', () => {
  it('summarises recorded nights, mean, peak and flagged nights', () => {
    const series = nightlySeries(
      ['2026-03-01', '2026-03-02', '2026-03-03'],
      [entry('2026-03-01', { worst_pain: 2 }), entry('2026-03-02', { worst_pain: 7 })],
      [flag('soon', ['2026-03-02'])],
    );
    expect(describePain(series)).toBe(
      '2 of 3 nights recorded; mean worst pain 4.5 of 10, highest 7 (Mon 2 Mar); 1 night cited by flags.',
    );
    expect(describePain(nightlySeries(['2026-03-01'], [], []))).toBe('No entries in these 1 nights.');
  });
});
