import type { SeededIds } from '../support/accounts';
import type { AccessCase } from './types';

/**
 * The export routes (docs/contract.md, "Exports") for a seeded patient, e.g.
 * `exportPath(ids, 'patient@example.org', 'fhir')`. Each case below spells its
 * route out so the access matrix, which names tests after the path function's
 * text, gets a distinct title per route.
 */
function exportPath(ids: Record<string, SeededIds>, email: string, route: string, query = ''): string {
  const id = ids[email]?.patientId;
  if (!id) throw new Error(`no seeded patient id for ${email}`);
  return `/clinician/patients/${id}/${route}${query}`;
}

/** patient@ is on clinician@'s team only; patient2@ on clinician2@'s only. */
const CLINICIAN_TEAM = { anonymous: 401, patient: 403, patient2: 403, clinician: 200, clinician2: 404, admin: 403 };
const CLINICIAN2_TEAM = { anonymous: 401, patient: 403, patient2: 403, clinician: 404, clinician2: 200, admin: 403 };
const NO_SUCH_PATIENT = { anonymous: 401, patient: 403, patient2: 403, clinician: 404, clinician2: 404, admin: 403 };
const BAD_RANGE = { anonymous: 401, patient: 403, patient2: 403, clinician: 400, clinician2: 400, admin: 403 };
const ANY_CLINICIAN = { anonymous: 401, patient: 403, patient2: 403, clinician: 200, clinician2: 200, admin: 403 };
const MISSING = '/clinician/patients/00000000-0000-4000-8000-000000000000';

/** Exports: clinicians on the care team only; other roles 403, other teams' patients 404, anonymous 401 JSON. */
export const exportCases: AccessCase[] = [
  { path: (ids) => exportPath(ids, 'patient@example.org', 'export.csv'), expect: CLINICIAN_TEAM },
  { path: (ids) => exportPath(ids, 'patient@example.org', 'report.pdf'), expect: CLINICIAN_TEAM },
  { path: (ids) => exportPath(ids, 'patient@example.org', 'fhir'), expect: CLINICIAN_TEAM },
  { path: (ids) => exportPath(ids, 'patient2@example.org', 'export.csv'), expect: CLINICIAN2_TEAM },
  { path: (ids) => exportPath(ids, 'patient2@example.org', 'report.pdf'), expect: CLINICIAN2_TEAM },
  { path: (ids) => exportPath(ids, 'patient2@example.org', 'fhir'), expect: CLINICIAN2_TEAM },
  { path: `${MISSING}/export.csv`, expect: NO_SUCH_PATIENT },
  { path: `${MISSING}/report.pdf`, expect: NO_SUCH_PATIENT },
  { path: `${MISSING}/fhir`, expect: NO_SUCH_PATIENT },
  { path: (ids) => exportPath(ids, 'patient@example.org', 'export.csv', '?from=2026-02-30'), expect: BAD_RANGE },
  { path: (ids) => exportPath(ids, 'patient@example.org', 'report.pdf', '?to=soon'), expect: BAD_RANGE },
  {
    path: (ids) => exportPath(ids, 'patient@example.org', 'fhir', '?from=2026-03-02&to=2026-03-01'),
    expect: BAD_RANGE,
  },
  { path: '/clinician/export.csv', expect: ANY_CLINICIAN },
  { path: '/clinician/export.csv?from=2026-03-02&to=2026-03-01', expect: BAD_RANGE },
];
