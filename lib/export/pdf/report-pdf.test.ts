import { describe, expect, it } from 'vitest';
import { testEntry, testExportData, testFlag } from '../test-data';
import { renderVisitReport } from './report-pdf';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; these are the ones the report uses.
const WIN_ANSI_HIGH: Record<number, string> = {
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};
const winAnsi = {
  decode: (bytes: Buffer) => [...bytes].map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join(''),
};

/** The text drawn on the pages, decoded from uncompressed content streams (Windows-1252 hex strings). */
function drawnText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const pieces: string[] = [];
  for (const match of source.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...(match[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
    pieces.push(winAnsi.decode(Buffer.from(hex, 'hex')));
  }
  return pieces.join('\n');
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

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
    const pdf = await renderVisitReport(data, { timeZone: 'UTC', compress: false });
    const text = drawnText(pdf);
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
    const pdf = await renderVisitReport(data, { timeZone: 'UTC', compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = drawnText(pdf);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The table header repeats on each page the table runs over.
    expect(text.split('What helped').length - 1).toBeGreaterThanOrEqual(2);
  });

  it('copes with no nights, no flags, no profile and text the fonts cannot draw', async () => {
    const empty = testExportData({
      entries: [],
      flags: [],
      patient: {
        id: 'p',
        name: '李 Wei',
        email: 'w@example.org',
        profile: { date_of_birth: null, sex: null, conditions: [], medicines: [], pregnancy_due_date: '2026-06-01' },
      },
    });
    const pdf = await renderVisitReport(empty, { timeZone: 'UTC', compress: false });
    const text = drawnText(pdf);
    expect(text).toContain('? Wei');
    expect(text).toContain('No open warning signs.');
    expect(text).toContain('No diary entries in this range.');
    expect(text).toContain('Pregnant, due 2026-06-01');
    expect(pageCount(pdf)).toBe(1);
  });
});
