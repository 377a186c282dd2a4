import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { startAuditExport } from '@/lib/dal/audit-log';
import { requirePagePermission } from '@/lib/dal/session';
import { auditCsvChunk, auditCsvFilename } from '@/lib/export/audit-csv';
import { CSV_BOM, CSV_CONTENT_TYPE } from '@/lib/export/csv-safe';
import { auditFilterFromPage, auditPageQuerySchema } from '@/lib/validation/audit';
import { todayIso } from '@/lib/validation/dates';
import { parseQueryLenient } from '@/lib/validation/query-params';

/**
 * The audit log as CSV, with the same filters as the page. Streamed batch by
 * batch, so memory stays flat however long the log is; the export is audited
 * before the first byte is sent.
 */
export async function GET(request: NextRequest) {
  const actor = await requirePagePermission('audit:read');
  // Paging does not apply: the export holds every matching event.
  const form = parseQueryLenient(auditPageQuerySchema.omit({ cursor: true }), request.nextUrl.searchParams);
  const db = await getDb();
  const batches = await startAuditExport(db, actor, auditFilterFromPage(form));
  const encoder = new TextEncoder();
  let isFirst = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await batches.next();
      if (done) {
        // An empty log still gets its header row.
        if (isFirst) controller.enqueue(encoder.encode(CSV_BOM + auditCsvChunk([], true)));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode((isFirst ? CSV_BOM : '') + auditCsvChunk(value, isFirst)));
      isFirst = false;
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="${auditCsvFilename(todayIso())}"`,
      'Cache-Control': 'no-store',
    },
  });
}
