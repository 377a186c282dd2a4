import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';
import { ENTRY_COLUMNS, type BulkEntry } from './bulk-entries';

/** Lines per chunk handed to the COPY stream: large enough to keep the socket busy, small enough to stay flat. */
const LINES_PER_CHUNK = 2000;

/**
 * COPY's text format for one value: \N for NULL, and backslash, tab, newline
 * and carriage return escaped (PostgreSQL docs, "COPY — Text Format").
 */
export function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** One entry as a line of COPY text, columns in ENTRY_COLUMNS order. */
export function copyLine(entry: BulkEntry): string {
  // Array columns are read as array literals already; COPY only needs them escaped.
  return `${ENTRY_COLUMNS.map(([, , read]) => copyText(read(entry))).join('\t')}\n`;
}

/**
 * Writes diary entries with `COPY … FROM STDIN` over a postgres.js connection:
 * the server's fastest load path, several times the rows per second of a
 * multi-row INSERT. PostgreSQL only (the embedded database keeps the INSERT
 * path in bulk-entries.ts). Statement triggers fire once per COPY.
 */
export async function copyDiaryEntries(client: Sql, entries: readonly BulkEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const columns = ENTRY_COLUMNS.map(([name]) => name).join(', ');
  const writable = await client.unsafe(`copy diary_entries (${columns}) from stdin`).writable();
  async function* chunks() {
    for (let i = 0; i < entries.length; i += LINES_PER_CHUNK) {
      yield entries.slice(i, i + LINES_PER_CHUNK).map(copyLine).join('');
    }
  }
  await pipeline(Readable.from(chunks()), writable);
}
