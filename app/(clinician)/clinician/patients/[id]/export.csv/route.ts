import { patientExportRoute } from '@/lib/api/patient-export-route';
import { buildPatientCsv, CSV_CONTENT_TYPE } from '@/lib/export/diary-csv';

/** One patient's nights as CSV (docs/contract.md, "Exports"); `?from&to` narrow the nights, default all. */
export const GET = patientExportRoute({
  format: 'csv',
  what: 'diary',
  extension: 'csv',
  contentType: CSV_CONTENT_TYPE,
  render: (data) => buildPatientCsv(data.entries, data.flags),
});
