import { describe, expect, it } from 'vitest';
import { changesBetween, showValue, versionHistory } from './entry-versions';
import type { ClinicianEntry, EntryVersion } from '../views/types';

const base = {
  woke_from_pain: false,
  episodes: 1,
  worst_pain: 8,
  longest_episode_minutes: 5,
  total_minutes: 5,
  minutes_awake: 10,
  sleep_quality: 3,
  side: 'left' as const,
  patterns: ['sudden_cramp' as const],
  relief: [],
  symptoms: ['calf_swelling' as const],
  hydration_glasses: null,
  long_standing_or_exercise: false,
  stretched_before_bed: false,
  new_medicine: false,
  recent_surgery_or_bedrest: false,
  notes: null,
  night_of: '2026-03-01',
};

describe('changesBetween', () => {
  it('lists changed fields with readable values, ignoring list order', () => {
    const changes = changesBetween(base, { ...base, worst_pain: 3, symptoms: [], side: 'both', notes: 'better' });
    expect(changes).toEqual([
      { field: 'worst_pain', label: 'Worst pain', before: '8', after: '3' },
      { field: 'side', label: 'Side', before: 'left side', after: 'both sides' },
      { field: 'symptoms', label: 'Warning symptoms', before: 'calf swelling', after: 'none' },
      { field: 'notes', label: 'Notes', before: 'blank', after: 'better' },
    ]);
    expect(changesBetween({ ...base, relief: ['heat', 'cold'] }, { ...base, relief: ['cold', 'heat'] })).toEqual([]);
  });

  it('shows booleans and codes in words', () => {
    expect(showValue('woke_from_pain', true)).toBe('yes');
    expect(showValue('patterns', ['restless_urge'])).toBe('Restless urge to move');
  });
});

describe('versionHistory', () => {
  it('pairs each earlier version with what the next one changed, ending at the current entry', () => {
    const entry = { ...base, id: 'e1', worst_pain: 2, version: 3 } as unknown as ClinicianEntry;
    const versions: EntryVersion[] = [
      { entry_id: 'e1', version: 2, fields: { ...base, worst_pain: 5 }, recorded_at: 'b', superseded_at: 'c' },
      { entry_id: 'e1', version: 1, fields: base, recorded_at: 'a', superseded_at: 'b' },
      { entry_id: 'other', version: 1, fields: base, recorded_at: 'x', superseded_at: 'y' },
    ];
    const history = versionHistory(entry, versions);
    expect(history.map((step) => [step.version, step.changes.map((c) => `${c.before}→${c.after}`)])).toEqual([
      [1, ['8→5']],
      [2, ['5→2']],
    ]);
  });
});
