import type { DiaryEntry } from '../diary/types';
import { csvSafe } from './csv-safe';
import { diaryCells, PANEL_CSV_HEADER, toCsv } from './diary-csv';

/** One night of the panel export, with whose night it is. */
export interface PanelRow {
  patientId: string;
  name: string;
  email: string;
  entry: DiaryEntry;
  /** Rule ids of unresolved flags whose evidence includes this night. */
  openFlags: string[];
}

const encoder = new TextEncoder();

/**
 * The panel CSV as a byte stream that asks for the next page only when the
 * client has taken the previous one (pull-based), so memory holds one page at
 * a time whatever the panel's size. Cancelling the download stops the paging.
 */
export function panelCsvStream(pages: AsyncIterator<PanelRow[]>): ReadableStream<Uint8Array> {
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(toCsv([[...PANEL_CSV_HEADER]])));
          return;
        }
        const next = await pages.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.length > 0) controller.enqueue(encoder.encode(toCsv(next.value.map(panelCells))));
      },
      async cancel() {
        await pages.return?.();
      },
    },
    // One chunk in the queue: never read a page ahead of the client.
    { highWaterMark: 1 },
  );
}

/** A panel row's cells: who, then the diary columns and open flags. */
export function panelCells(row: PanelRow): string[] {
  return [csvSafe(row.patientId), csvSafe(row.name), csvSafe(row.email), ...diaryCells(row.entry, row.openFlags)];
}
