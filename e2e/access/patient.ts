import type { AccessCase } from './types';
import { PAGE_OWNED_BY } from './foundation';

function isoDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const PATIENT_API = {
  anonymous: 401,
  patient: 200,
  patient2: 200,
  clinician: 403,
  clinician2: 403,
  admin: 403,
} as const;
/** Writes use an invalid body: patients get 422 (nothing saved), other roles are stopped first. */
const PATIENT_API_WRITE = { ...PATIENT_API, patient: 422, patient2: 422 } as const;
const EVERYONE = { anonymous: 200, patient: 200, patient2: 200, clinician: 200, clinician2: 200, admin: 200 } as const;

/** The patient's pages and API: own data only, never another role's. */
export const patientCases: AccessCase[] = [
  { path: '/diary/new', expect: PAGE_OWNED_BY('patient') },
  { path: () => `/diary/${isoDay(-1)}`, expect: PAGE_OWNED_BY('patient') },
  { path: '/profile', expect: PAGE_OWNED_BY('patient') },
  { path: '/guide', expect: PAGE_OWNED_BY('patient') },
  { path: '/diary/insights', expect: PAGE_OWNED_BY('patient') },
  { path: '/diary/insights?from=nonsense', expect: PAGE_OWNED_BY('patient') },
  { path: '/api/v1/diary-entries', expect: PATIENT_API },
  { path: '/api/v1/profile', expect: PATIENT_API },
  { path: '/api/v1/insights', expect: PATIENT_API },
  { path: '/api/v1/insights?from=2026-02-30', expect: { ...PATIENT_API, patient: 422, patient2: 422 } },
  {
    method: 'PUT',
    path: () => `/api/v1/diary-entries/${isoDay(-1)}`,
    body: { worst_pain: 99, side: 'sideways' },
    expect: PATIENT_API_WRITE,
  },
  { method: 'PUT', path: '/api/v1/profile', body: { conditions: ['not-a-condition'] }, expect: PATIENT_API_WRITE },
  // Two-week experiments: reads and refused writes only, so the demo's experiments stay as seeded.
  { path: '/api/v1/experiments', expect: PATIENT_API },
  { method: 'POST', path: '/api/v1/experiments', body: { factor: 'yoga' }, expect: PATIENT_API_WRITE },
  {
    method: 'POST',
    path: '/api/v1/experiments/00000000-0000-4000-8000-000000000000/abandon',
    expect: { ...PATIENT_API, patient: 404, patient2: 404 },
  },
  {
    method: 'POST',
    path: '/api/v1/experiments/not-a-uuid/abandon',
    expect: { ...PATIENT_API, patient: 404, patient2: 404 },
  },
  { path: '/api/v1/openapi.json', expect: EVERYONE },
];
