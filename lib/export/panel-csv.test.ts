import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvSafe } from './csv-safe';
import { DIARY_COLUMNS, PANEL_CSV_HEADER, toCsv } from './diary-csv';
import { csvLine, panelCsvLines, panelCsvStream, type PanelRecord } from './panel-csv';
import { parseCsv, testEntry } from './test-data';

function row(
  patientId: string,
  night: string,
  overrides: { name?: string; openFlags?: string[]; notes?: string | null } = {},
): PanelRecord {
  const entry = testEntry(night, { notes: overrides.notes ?? null });
  return [
    patientId,
    overrides.name ?? 'Ana Müller',
    'ana@example.org',
    ...DIARY_COLUMNS.map((code) => entry[code]),
    overrides.openFlags ?? [],
  ];
}

async function* pagesOf(pages: PanelRecord[][], served: number[]) {
  for (const page of pages) {
    served.push(page.length);
    yield page;
  }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('panelCsvStream', () => {
  it('writes the header and then every page, in order', async () => {
    const served: number[] = [];
    const pages = [[row('p1', '2026-03-01'), row('p1', '2026-03-02')], [row('p2', '2026-03-01', { openFlags: ['x'] })]];
    const rows = parseCsv(await readAll(panelCsvStream(pagesOf(pages, served))));
    expect(rows[0]).toEqual([...PANEL_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[3], r.at(-1)])).toEqual([
      ['p1', '2026-03-01', ''],
      ['p1', '2026-03-02', ''],
      ['p2', '2026-03-01', 'x'],
    ]);
    expect(served).toEqual([2, 1]);
  });

  it('writes just the header for an empty panel', async () => {
    const text = await readAll(panelCsvStream(pagesOf([], [])));
    expect(text).toBe(`${PANEL_CSV_HEADER.join(',')}\r\n`);
  });

  it('makes names that look like formulas harmless', async () => {
    const rows = parseCsv(await readAll(panelCsvStream(pagesOf([[row('p1', '2026-03-01', { name: '@evil' })]], []))));
    expect(rows[1]?.[1]).toBe(`'@evil`);
  });

  it('reads no page ahead of the client and stops paging when cancelled', async () => {
    const served: number[] = [];
    const pages = Array.from({ length: 50 }, (_, i) => [row(`p${i}`, '2026-03-01')]);
    const reader = panelCsvStream(pagesOf(pages, served)).getReader();
    await reader.read(); // header
    await reader.read(); // first page
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(served.length).toBeLessThanOrEqual(2);
    await reader.cancel();
    const after = served.length;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(served.length).toBe(after);
  });
});

/** Text that exercises every quoting and formula case, mixed with plain text. */
const awkwardText = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-z ]{0,8}$/),
  fc
    .array(fc.constantFrom('a', ' ', ',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', '\uFF1D', ';', "'", 'é'), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
);
const cell = fc.oneof(
  awkwardText,
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 1000 }),
  fc.array(awkwardText, { maxLength: 3 }),
);

describe('panelCsvLines', () => {
  it('writes exactly what csv-stringify writes for the same formula-safe cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), (records) => {
        const expected = records.length === 0 ? '' : toCsv(records.map((record) => record.map(csvSafe)));
        expect(panelCsvLines(records)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes a record only when a cell needs it, and keeps formulas inert', () => {
    expect(csvLine(['p1', 'Ana', 3, true, null, ['a', 'b']])).toBe('p1,Ana,3,true,,a;b\r\n');
    expect(csvLine(['p1', 'Müller, Ana', '=1+1'])).toBe(`p1,"Müller, Ana",'=1+1\r\n`);
    expect(csvLine(['say "hi"\nthen'])).toBe('"say ""hi""\nthen"\r\n');
  });
});
