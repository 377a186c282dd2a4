import { NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/respond';
import { apiRoute } from '@/lib/api/route';
import { readPatientExport } from '@/lib/dal/exports';
import { buildPatientCsv, CSV_CONTENT_TYPE } from '@/lib/export/diary-csv';
import { downloadHeaders, exportFileName } from '@/lib/export/file-name';
import { parseExportRange } from '@/lib/export/range';

/** One patient's nights as CSV (docs/contract.md, "Exports"); `?from&to` narrow the nights, default all. */
export const GET = apiRoute<{ id: string }>('reports:export', async ({ request, actor, db, params }) => {
  const parsed = parseExportRange(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const data = await readPatientExport(db, actor, params.id, { range: parsed.range, format: 'csv' });
  const fileName = exportFileName('diary', { patientName: data.patient.name, range: parsed.range, extension: 'csv' });
  return new NextResponse(buildPatientCsv(data.entries, data.flags), {
    headers: downloadHeaders(CSV_CONTENT_TYPE, fileName),
  });
});
