import { patientExportRoute } from '@/lib/api/patient-export-route';
import { buildFhirBundle, FHIR_CONTENT_TYPE } from '@/lib/export/fhir/bundle';

/** One patient's record as a FHIR R4 collection Bundle (docs/contract.md, "Exports"); `?from&to` narrow the nights. */
export const GET = patientExportRoute({
  format: 'fhir',
  what: 'fhir',
  extension: 'json',
  contentType: FHIR_CONTENT_TYPE,
  render: (data) => JSON.stringify(buildFhirBundle(data)),
});
