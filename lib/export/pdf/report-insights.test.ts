import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../insights/compare';
import { testEntry, testExportData } from '../test-data';
import { extractPdfText } from '../../testing/pdf-text';
import { renderVisitReport } from './report-pdf';

// 30 nights: stretched on the first 15 (3 pain nights), not on the last 15 (12 pain nights).
const entries = Array.from({ length: 30 }, (_, i) => {
  const night = new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10);
  const stretched = i < 15;
  const pain = stretched ? i < 3 : i < 27;
  return testEntry(night, {
    stretched_before_bed: stretched,
    worst_pain: pain ? 5 : 0,
    episodes: pain ? 1 : 0,
    woke_from_pain: pain,
  });
});
const window = { from: '2026-03-01', to: '2026-03-30' };

describe('the visit report’s insights table', () => {
  it('lists each habit with exact counts, the interval and the verdict', async () => {
    const insights = computeInsights(entries, window);
    const data = testExportData({ range: window, entries, insights });
    const text = await extractPdfText(await renderVisitReport(data, { timeZone: 'UTC' }));
    for (const expected of [
      'Insights: nights with vs without a habit',
      'nights 2026-03-01 to 2026-03-30',
      'Stretching before bed',
      '3/15 (20%)',
      '12/15 (80%)',
      '-60.0 points',
      'Fewer pain nights',
      'Drinking water',
      'Not enough nights',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/caus|because/i);
  });

  it('is left out when the export carries no insights', async () => {
    const text = await extractPdfText(await renderVisitReport(testExportData({ entries }), { timeZone: 'UTC' }));
    expect(text).not.toContain('Insights');
  });
});
