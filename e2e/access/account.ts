import type { AccessCase } from './types';

const MISSING = '00000000-0000-4000-8000-000000000000';
const adminOnly = (admin: number) =>
  ({ anonymous: 401, patient: 403, patient2: 403, clinician: 403, clinician2: 403, admin }) as const;

/**
 * One's own account: the security page is open to every signed-in role (its
 * forms are server actions). Resetting someone's second factor is for
 * administrators; the cases change nothing (an unknown id, one's own account).
 */
export const accountCases: AccessCase[] = [
  {
    path: '/account/security',
    expect: { anonymous: 'login', patient: 200, patient2: 200, clinician: 200, clinician2: 200, admin: 200 },
  },
  { method: 'DELETE', path: `/api/v1/admin/users/${MISSING}/mfa`, expect: adminOnly(404) },
  {
    method: 'DELETE',
    path: (ids) => `/api/v1/admin/users/${ids['admin@example.org']!.userId}/mfa`,
    expect: adminOnly(403),
  },
];
