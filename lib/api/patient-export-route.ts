import { NextResponse } from 'next/server';
import { readPatientExport, type PatientExportFormat } from '../dal/exports';
import type { PatientExportData } from '../export/types';
import { downloadHeaders, exportFileName } from '../export/file-name';
import { parseExportRange, type RangeDefaults } from '../export/range';
import { jsonError } from './respond';
import { apiRoute } from './route';

/** How one export format turns a patient's data into a download. */
export interface PatientExportFormatSpec {
  format: PatientExportFormat;
  /** The file name's second part: `calfwatch-<what>-<patient>-<range>.<extension>`. */
  what: string;
  extension: string;
  contentType: string;
  /** Fills in a range the request leaves open (the PDF covers the last 90 nights). */
  rangeDefaults?: () => RangeDefaults;
  render: (data: PatientExportData) => BodyInit | Promise<BodyInit>;
}

/**
 * A `GET` handler for one patient's export (docs/contract.md, "Exports"):
 * `reports:export`, `?from&to` (400 when malformed), the care-team check and
 * audit row of `readPatientExport`, then the file as a download.
 */
export function patientExportRoute(spec: PatientExportFormatSpec) {
  return apiRoute<{ id: string }>('reports:export', async ({ request, actor, db, params }) => {
    const parsed = parseExportRange(request.nextUrl.searchParams, spec.rangeDefaults?.());
    if (!parsed.ok) return jsonError(400, parsed.error);
    const data = await readPatientExport(db, actor, params.id, { range: parsed.range, format: spec.format });
    const fileName = exportFileName(spec.what, {
      patientName: data.patient.name,
      range: parsed.range,
      extension: spec.extension,
    });
    return new NextResponse(await spec.render(data), { headers: downloadHeaders(spec.contentType, fileName) });
  });
}
