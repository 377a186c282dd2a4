import { NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/respond';
import { apiRoute } from '@/lib/api/route';
import { readPatientExport } from '@/lib/dal/exports';
import { downloadHeaders, exportFileName } from '@/lib/export/file-name';
import { renderVisitReport } from '@/lib/export/pdf/report-pdf';
import { parseExportRange } from '@/lib/export/range';
import { todayIso } from '@/lib/validation/dates';

/** Nights a visit report covers when the request names no range. */
const DEFAULT_REPORT_NIGHTS = 90;

/** The PDF visit report (docs/contract.md, "Exports"); without `?from&to` it covers the last 90 nights. */
export const GET = apiRoute<{ id: string }>('reports:export', async ({ request, actor, db, params }) => {
  const parsed = parseExportRange(request.nextUrl.searchParams, {
    defaultNights: DEFAULT_REPORT_NIGHTS,
    today: todayIso(),
  });
  if (!parsed.ok) return jsonError(400, parsed.error);
  const data = await readPatientExport(db, actor, params.id, { range: parsed.range, format: 'pdf' });
  const pdf = await renderVisitReport(data);
  const fileName = exportFileName('visit-report', {
    patientName: data.patient.name,
    range: parsed.range,
    extension: 'pdf',
  });
  return new NextResponse(new Uint8Array(pdf), { headers: downloadHeaders('application/pdf', fileName) });
});
