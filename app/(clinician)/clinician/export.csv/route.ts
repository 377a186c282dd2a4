import { NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/respond';
import { apiRoute } from '@/lib/api/route';
import { openPanelExport } from '@/lib/dal/exports';
import { CSV_CONTENT_TYPE } from '@/lib/export/diary-csv';
import { downloadHeaders, exportFileName } from '@/lib/export/file-name';
import { panelCsvStream } from '@/lib/export/panel-csv';
import { parseExportRange } from '@/lib/export/range';

/**
 * Every night of every patient on the clinician's care team as one CSV
 * (docs/contract.md, "Exports"), streamed page by page so memory stays flat whatever the panel's size.
 */
export const GET = apiRoute('reports:export', async ({ request, actor, db }) => {
  const parsed = parseExportRange(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const pages = await openPanelExport(db, actor, { range: parsed.range });
  const fileName = exportFileName('panel', { range: parsed.range, extension: 'csv' });
  return new NextResponse(panelCsvStream(pages), { headers: downloadHeaders(CSV_CONTENT_TYPE, fileName) });
});
