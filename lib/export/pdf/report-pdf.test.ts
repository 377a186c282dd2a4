import { describe, expect, it } from 'vitest';
import { testEntry, testExportData, testFlag } from '../test-data';
import { extractPdfText, pdfPageCount } from '../../testing/pdf-text';
import { renderVisitReport } from './report-pdf';

const nights = Array.from({ length: 90 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
  return testEntry(day, {
    worst_pain: i % 11,
    notes: i % 10 === 0 ? `Night ${i}: woke with a cramp, stretched it out.` : null,
  });
});

const data = testExportData({
  range: { from: '2026-01-01', to: '2026-03-31' },
  entries: nights,
  flags: [
    testFlag({
      ruleId: 'urgent-possible-dvt',
      tier: 'urgent',
      reason: 'Calf swelling and warmth (left side)',
      evidenceNights: ['2026-03-30'],
    }),
    testFlag({
      ruleId: 'routine-medicine-review',
      tier: 'routine',
      status: 'resolved',
      evidenceNights: ['2026-03-01'],
    }),
  ],
});

describe('renderVisitReport', () => {
  it('is a PDF', async () => {
    const pdf = await renderVisitReport(data, { timeZone: 'UTC' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('shows the summary, open flags, range, generation time and every night', async () => {
    const pdf = await renderVisitReport(data, { timeZone: 'UTC', });
    const text = await extractPdfText(pdf);
    for (const expected of [
      'Night calf pain — visit report',
      'Ana Müller',
      'ana@example.org',
      '64 (born 1961-05-20)',
      'diabetes',
      'statin, diuretic',
      'Not pregnant or not recorded',
      'Open warning signs',
      'URGENT',
      'urgent-possible-dvt',
      'Calf swelling and warmth (left side)',
      'Worst pain each night',
      'Pain patterns',
      'Sudden cramp',
      'Diary entries',
      'Nights 2026-01-01 to 2026-03-31',
      'Generated 8 Mar 2026, 09:00 UTC',
      '2026-01-01',
      '2026-03-31',
      'Night 80: woke with a cramp, stretched it out.',
    ]) {
      expect(text).toContain(expected);
    }
    // Resolved flags are not "open".
    expect(text).not.toContain('routine-medicine-review');
  });

  it('runs the entries table over several pages, numbering each', async () => {
    const pdf = await renderVisitReport(data, { timeZone: 'UTC', });
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = await extractPdfText(pdf);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The table header repeats on each page the table runs over.
    expect(text.split('What helped').length - 1).toBeGreaterThanOrEqual(2);
  });

  it('copes with no nights, no flags and no profile', async () => {
    const empty = testExportData({
      entries: [],
      flags: [],
      patient: {
        id: 'p',
        name: 'Wei Li',
        email: 'w@example.org',
        profile: { date_of_birth: null, sex: null, conditions: [], medicines: [], pregnancy_due_date: '2026-06-01' },
      },
    });
    const pdf = await renderVisitReport(empty, { timeZone: 'UTC', });
    const text = await extractPdfText(pdf);
    expect(text).toContain('No open warning signs.');
    expect(text).toContain('No diary entries in this range.');
    expect(text).toContain('Pregnant, due 2026-06-01');
    expect(await pdfPageCount(pdf)).toBe(1);
  });

  // The fonts are embedded (lib/export/pdf/fonts.ts): each name below must come back out of the PDF's text.
  it.each([
    ['Latin with accents', 'Zoë Ørsted-Müller'],
    ['Greek', 'Ελένη Παπαδοπούλου'],
    ['Cyrillic', 'Анна Иванова'],
    ['Chinese', '王小明'],
    ['Japanese', '佐藤さくら'],
    ['Korean', '김민준'],
  ])('prints a %s name and note as written', async (_script, name) => {
    const report = testExportData({
      patient: { ...data.patient, name },
      entries: [testEntry('2026-03-30', { notes: `${name}: cramp after a long walk` })],
    });
    const text = await extractPdfText(await renderVisitReport(report, { timeZone: 'UTC' }));
    expect(text).toMatch(new RegExp(`Patient\\s*${name}\\n`));
    expect(text).toContain(`Note: ${name}: cramp after a long walk`);
    expect(text).toContain(`Calfwatch visit report · ${name} · nights`);
    expect(text).not.toContain('?');
  });

  it('prints an Arabic name and note right to left, the words in order', async () => {
    const name = 'فاطمة الزهراء';
    const report = testExportData({
      patient: { ...data.patient, name },
      entries: [testEntry('2026-03-30', { notes: 'تشنج في الساق بعد المشي' })],
    });
    const text = await extractPdfText(await renderVisitReport(report, { timeZone: 'UTC' }));
    expect(text).toMatch(/Patient\s*فاطمة الزهراء\n/);
    expect(text).toContain('تشنج في الساق بعد المشي');
  });
});
