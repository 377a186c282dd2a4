import { describe, expect, it } from 'vitest';
import { isNotReporting, reportingCutoff } from './reporting';

// On 2026-03-10 last night is the 9th; its reminder day is still running, so the missed nights are the 6th–8th.
const today = '2026-03-10';

describe('not reporting', () => {
  it('starts after three missed nights before last night', () => {
    expect(reportingCutoff(today)).toBe('2026-03-06');
    expect(isNotReporting({ countFrom: '2026-01-01', lastRecordedNight: '2026-03-05' }, today)).toBe(true);
    expect(isNotReporting({ countFrom: '2026-01-01', lastRecordedNight: null }, today)).toBe(true);
  });

  it('ends with any entry from the cutoff night on', () => {
    for (const night of ['2026-03-06', '2026-03-08', '2026-03-09', '2026-03-10']) {
      expect(isNotReporting({ countFrom: '2026-01-01', lastRecordedNight: night }, today)).toBe(false);
    }
  });

  it('counts only nights from countFrom on', () => {
    expect(isNotReporting({ countFrom: '2026-03-06', lastRecordedNight: null }, today)).toBe(true);
    expect(isNotReporting({ countFrom: '2026-03-07', lastRecordedNight: null }, today)).toBe(false);
  });
});
