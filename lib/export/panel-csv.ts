import { stringify } from 'csv-stringify/sync';
import { csvSafe } from './csv-safe';
import { PANEL_CSV_HEADER, toCsv } from './diary-csv';

/**
 * One night of the panel export as its cells' raw values, in PANEL_CSV_HEADER
 * order: patient id, name, e-mail, the diary columns, then the rule ids of
 * the unresolved flags citing the night (sorted). The database builds it
 * (json_build_array), so no row objects are mapped on the way.
 */
export type PanelRecord = readonly unknown[];

const encoder = new TextEncoder();

/**
 * The panel CSV as a byte stream that asks for the next batch only when the
 * client has taken the previous one (pull-based), so memory holds a batch or
 * two (db/cursor.ts reads one ahead) whatever the panel's size. Cancelling the download stops the reading.
 */
export function panelCsvStream(batches: AsyncIterator<readonly PanelRecord[]>): ReadableStream<Uint8Array> {
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(toCsv([[...PANEL_CSV_HEADER]])));
          return;
        }
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.length > 0) controller.enqueue(encoder.encode(panelCsvLines(next.value)));
      },
      async cancel() {
        await batches.return?.();
      },
    },
    // One chunk in the queue: never read a batch ahead of the client.
    { highWaterMark: 1 },
  );
}

/** Characters that make csv-stringify quote a field (with `quote_record_delimiter`). */
const NEEDS_QUOTING = /[",\r\n]/;

const CSV_OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true } as const;

/**
 * Records as RFC 4180 lines, each cell formula-safe (csvSafe). A record none
 * of whose cells needs quoting — nearly all of them: ids, dates, numbers, codes
 * — is joined directly; any other goes through csv-stringify, the maintained
 * writer, which decides its quoting. A property test holds the two equal.
 */
export function panelCsvLines(records: readonly PanelRecord[]): string {
  let out = '';
  for (const record of records) out += csvLine(record);
  return out;
}

/** One record's CSV line, CRLF-terminated. */
export function csvLine(record: PanelRecord): string {
  const cells = record.map(csvSafe);
  for (const cell of cells) {
    if (NEEDS_QUOTING.test(cell)) return stringify([cells], CSV_OPTIONS);
  }
  return `${cells.join(',')}\r\n`;
}
