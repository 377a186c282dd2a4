import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '@/lib/diary/types';
import { night } from '@/lib/testing/fixtures';
import { chartWindow, weekSummary } from './summary';

const entry = (nightOf: string, overrides: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id: nightOf,
  ...night(nightOf),
  ...overrides,
});

describe('weekSummary', () => {
  it('counts pain nights among the 7 nights ending last night', () => {
    const entries = [
      entry('2026-11-26', { worst_pain: 8 }), // tonight: not in "this week" yet
      entry('2026-11-25', { worst_pain: 2 }),
      entry('2026-11-24'),
      entry('2026-11-23', { woke_from_pain: true }),
      entry('2026-11-20', { episodes: 1 }),
      entry('2026-11-18', { worst_pain: 9 }), // eight nights ago
    ];
    expect(weekSummary(entries, '2026-11-26')).toEqual({
      from: '2026-11-19',
      to: '2026-11-25',
      painNights: 3,
      recordedNights: 4,
    });
  });
});

describe('chart ranges', () => {
  it('covers exactly that many nights, ending last night', () => {
    expect(chartWindow(30, '2026-11-26')).toEqual({ from: '2026-10-27', to: '2026-11-25' });
    expect(chartWindow(90, '2026-11-26').from).toBe('2026-08-28');
  });
});
