import { patientExportRoute } from '@/lib/api/patient-export-route';
import { renderVisitReport } from '@/lib/export/pdf/report-pdf';
import { todayIso } from '@/lib/validation/dates';

/** Nights a visit report covers when the request names no range. */
const DEFAULT_REPORT_NIGHTS = 90;

/** The PDF visit report (docs/contract.md, "Exports"); without `?from&to` it covers the last 90 nights. */
export const GET = patientExportRoute({
  format: 'pdf',
  what: 'visit-report',
  extension: 'pdf',
  contentType: 'application/pdf',
  rangeDefaults: () => ({ defaultNights: DEFAULT_REPORT_NIGHTS, today: todayIso() }),
  render: async (data) => new Uint8Array(await renderVisitReport(data)),
});
