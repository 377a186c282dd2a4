import { describe, expect, it } from 'vitest';
import { isOverdue, overdueAt } from './overdue';

const since = new Date('2026-03-01T08:00:00Z');
const after = (ms: number) => new Date(since.getTime() + ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('isOverdue (docs/rules.md, "Tiers")', () => {
  it.each([
    ['emergency', HOUR, HOUR + 1],
    ['urgent', 24 * HOUR, 24 * HOUR + 1],
    ['soon', 7 * DAY, 7 * DAY + 1],
    ['routine', 30 * DAY, 30 * DAY + 1],
  ] as const)('%s: on time at the deadline, overdue just after', (tier, deadline, late) => {
    expect(isOverdue({ tier, status: 'open', tierSince: since }, after(deadline))).toBe(false);
    expect(isOverdue({ tier, status: 'open', tierSince: since }, after(late))).toBe(true);
    expect(overdueAt({ tier, status: 'open', tierSince: since })).toEqual(after(deadline));
  });

  it('never marks acknowledged or resolved flags', () => {
    expect(isOverdue({ tier: 'emergency', status: 'acknowledged', tierSince: since }, after(40 * DAY))).toBe(false);
    expect(isOverdue({ tier: 'emergency', status: 'resolved', tierSince: since }, after(40 * DAY))).toBe(false);
  });
});
