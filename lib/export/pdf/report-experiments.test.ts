import { describe, expect, it } from 'vitest';
import { computeExperimentResult, type ExperimentRecord } from '../../insights/experiment';
import { testEntry, testExportData } from '../test-data';
import { extractPdfText } from '../../testing/pdf-text';
import { renderVisitReport } from './report-pdf';

// 14 nights before 2026-03-15 with 11 pain nights, then 14 stretching nights with 2.
const entries = Array.from({ length: 28 }, (_, i) => {
  const night = new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10);
  const during = i >= 14;
  const pain = during ? i < 16 : i < 11;
  return testEntry(night, {
    stretched_before_bed: during,
    worst_pain: pain ? 5 : 0,
    episodes: pain ? 1 : 0,
    woke_from_pain: pain,
  });
});

const finished: ExperimentRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  factor: 'stretched_before_bed',
  start_night: '2026-03-15',
  end_night: '2026-03-28',
  status: 'finished',
  result: computeExperimentResult('stretched_before_bed', '2026-03-15', entries),
  started_at: new Date('2026-03-15T09:00:00Z'),
  started_by_name: 'Δήμητρα Παπαδοπούλου',
  ended_at: new Date('2026-03-29T09:00:00Z'),
  abandoned_at: null,
};
const abandoned: ExperimentRecord = {
  ...finished,
  id: '00000000-0000-4000-8000-000000000002',
  start_night: '2026-02-01',
  end_night: '2026-02-14',
  status: 'abandoned',
  result: null,
  started_by_name: 'Ann Lee',
};

describe('the visit report’s experiments table', () => {
  it('lists each experiment with its nights, who started it, counts, interval and verdict', async () => {
    const data = testExportData({ entries, experiments: [finished, abandoned] });
    // Cells wrap inside their columns: compare with the line breaks as spaces.
    const text = (await extractPdfText(await renderVisitReport(data, { timeZone: 'UTC' }))).replace(/\s+/g, ' ');
    for (const expected of [
      'Two-week experiments',
      'Stretching before bed (2026-03-15 to 2026-03-28; Δήμητρα Παπαδοπούλου)',
      'habit on 14 of 14 nights',
      '2/14 (14%)',
      '11/14 (79%)',
      '-64.3 points (95% CI -81.5 to -27.6)',
      'Fewer pain nights',
      'Stopped early',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/caus|because/i);
  });

  it('is left out when the patient has no experiments', async () => {
    const text = await extractPdfText(
      await renderVisitReport(testExportData({ entries, experiments: [] }), { timeZone: 'UTC' }),
    );
    expect(text).not.toContain('Two-week experiments');
  });
});
