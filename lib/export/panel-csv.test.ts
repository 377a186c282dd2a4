import { describe, expect, it } from 'vitest';
import { PANEL_CSV_HEADER } from './diary-csv';
import { panelCsvStream, type PanelRow } from './panel-csv';
import { parseCsv, testEntry } from './test-data';

function row(patientId: string, night: string, overrides: Partial<PanelRow> = {}): PanelRow {
  return {
    patientId,
    name: 'Ana Müller',
    email: 'ana@example.org',
    entry: testEntry(night),
    openFlags: [],
    ...overrides,
  };
}

async function* pagesOf(pages: PanelRow[][], served: number[]) {
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
