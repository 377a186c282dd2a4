import { PAGE_OWNED_BY } from './foundation';
import type { AccessCase, Outcome } from './types';
import type { Visitor } from '../support/accounts';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** An admin-only API route: 401 without a session, 403 for other roles, `admin` for administrators. */
function adminApi(admin: Outcome): Record<Visitor, Outcome> {
  return { anonymous: 401, patient: 403, patient2: 403, clinician: 403, clinician2: 403, admin };
}

/** An API path that exists for no one: 401 without a session (nothing revealed), else 404. */
const NO_ENDPOINT: Record<Visitor, Outcome> = {
  anonymous: 401,
  patient: 404,
  patient2: 404,
  clinician: 404,
  clinician2: 404,
  admin: 404,
};

/** An admin-only page that does not exist for administrators either. */
const MISSING_ADMIN_PAGE: Record<Visitor, Outcome> = { ...PAGE_OWNED_BY('admin'), admin: 404 };

/**
 * Administration: every page and endpoint, for every visitor. Writes are
 * chosen so they change nothing (no-op assignments, unknown ids, invalid
 * bodies, one's own account), keeping the demo data intact for other suites.
 */
export const adminCases: AccessCase[] = [
  { path: '/admin/users?role=wizard&status=x', expect: PAGE_OWNED_BY('admin') },
  { path: '/admin/users/new', expect: PAGE_OWNED_BY('admin') },
  { path: (ids) => `/admin/users/${ids['patient@example.org']!.userId}`, expect: PAGE_OWNED_BY('admin') },
  { path: (ids) => `/admin/users/${ids['clinician@example.org']!.userId}?q=patient`, expect: PAGE_OWNED_BY('admin') },
  { path: `/admin/users/${MISSING}`, expect: MISSING_ADMIN_PAGE },
  { path: '/admin/users/not-an-id', expect: MISSING_ADMIN_PAGE },
  { path: '/admin/audit', expect: PAGE_OWNED_BY('admin') },
  { path: '/admin/audit?from=yesterday&cursor=-4&patient=x', expect: PAGE_OWNED_BY('admin') },
  { path: '/admin/audit/export.csv?action=auth.*', expect: PAGE_OWNED_BY('admin') },
  { path: '/admin/rules', expect: PAGE_OWNED_BY('admin') },
  { path: '/admin/rules?period=forever', expect: PAGE_OWNED_BY('admin') },

  { path: '/api/v1/admin/users', expect: adminApi(200) },
  { path: '/api/v1/admin/users?role=wizard', expect: adminApi(422) },
  { method: 'POST', path: '/api/v1/admin/users', body: { email: 'not-an-email' }, expect: adminApi(422) },
  {
    method: 'POST',
    path: (ids) => `/api/v1/admin/users/${ids['admin@example.org']!.userId}/deactivate`,
    expect: adminApi(403),
  },
  { method: 'POST', path: `/api/v1/admin/users/${MISSING}/reactivate`, expect: adminApi(404) },
  {
    method: 'POST',
    path: `/api/v1/admin/users/${MISSING}/password`,
    body: { password: 'a long unguessable phrase' },
    expect: adminApi(404),
  },
  {
    method: 'PUT',
    path: (ids) =>
      `/api/v1/admin/care-team/${ids['clinician@example.org']!.userId}/${ids['patient@example.org']!.patientId}`,
    expect: adminApi(200),
  },
  {
    method: 'DELETE',
    path: (ids) =>
      `/api/v1/admin/care-team/${ids['clinician2@example.org']!.userId}/${ids['patient@example.org']!.patientId}`,
    expect: adminApi(200),
  },
  {
    method: 'PUT',
    path: (ids) =>
      `/api/v1/admin/care-team/${ids['patient2@example.org']!.userId}/${ids['patient@example.org']!.patientId}`,
    expect: adminApi(404),
  },
  { path: '/api/v1/admin/audit', expect: adminApi(200) },
  { path: '/api/v1/admin/audit?patientId=nope', expect: adminApi(422) },
  { path: '/api/v1/admin/audit?to=9999-12-31', expect: adminApi(422) },
  // Checking the audit log's hash chain is a command-line tool only (npm run audit:verify): no endpoint.
  {
    path: '/api/v1/admin/audit/verify',
    expect: NO_ENDPOINT,
  },
  {
    method: 'POST',
    path: '/api/v1/admin/audit/verify',
    expect: NO_ENDPOINT,
  },
  { path: '/api/v1/admin/rule-stats?period=90', expect: adminApi(200) },
];
