import { describe, expect, it } from 'vitest';
import { classifyTrend, panelWindows } from './panel-windows';

describe('panelWindows', () => {
  it('ends every window last night', () => {
    expect(panelWindows('2026-03-01')).toEqual({
      today: '2026-03-01',
      last7From: '2026-02-22',
      previous7From: '2026-02-15',
      last14From: '2026-02-15',
      last30From: '2026-01-30',
    });
  });
});

describe('classifyTrend', () => {
  it.each([
    [null, null],
    [0, 'steady'],
    [0.9, 'steady'],
    [-0.9, 'steady'],
    [1, 'rising'],
    [2.5, 'rising'],
    [-1, 'falling'],
  ] as const)('%s → %s', (delta, trend) => {
    expect(classifyTrend(delta)).toBe(trend);
  });
});
