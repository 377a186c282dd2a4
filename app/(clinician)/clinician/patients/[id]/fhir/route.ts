import { NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/respond';
import { apiRoute } from '@/lib/api/route';
import { readPatientExport } from '@/lib/dal/exports';
import { buildFhirBundle, FHIR_CONTENT_TYPE } from '@/lib/export/fhir/bundle';
import { downloadHeaders, exportFileName } from '@/lib/export/file-name';
import { parseExportRange } from '@/lib/export/range';

/** One patient's record as a FHIR R4 collection Bundle (docs/contract.md, "Exports"); `?from&to` narrow the nights. */
export const GET = apiRoute<{ id: string }>('reports:export', async ({ request, actor, db, params }) => {
  const parsed = parseExportRange(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const data = await readPatientExport(db, actor, params.id, { range: parsed.range, format: 'fhir' });
  const fileName = exportFileName('fhir', { patientName: data.patient.name, range: parsed.range, extension: 'json' });
  return new NextResponse(JSON.stringify(buildFhirBundle(data)), {
    headers: downloadHeaders(FHIR_CONTENT_TYPE, fileName),
  });
});
