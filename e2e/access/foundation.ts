import type { AccessCase } from './types';

const PAGE_OWNED_BY = (owner: 'patient' | 'clinician' | 'admin'): AccessCase['expect'] => ({
  anonymous: 'login',
  patient: owner === 'patient' ? 200 : 403,
  patient2: owner === 'patient' ? 200 : 403,
  clinician: owner === 'clinician' ? 200 : 403,
  clinician2: owner === 'clinician' ? 200 : 403,
  admin: owner === 'admin' ? 200 : 403,
});

export { PAGE_OWNED_BY };

/** Foundation routes: sign-in, role homes, health. */
export const foundationCases: AccessCase[] = [
  {
    path: '/',
    expect: {
      anonymous: 'login',
      patient: { redirect: '/diary' },
      patient2: { redirect: '/diary' },
      clinician: { redirect: '/clinician' },
      clinician2: { redirect: '/clinician' },
      admin: { redirect: '/admin/users' },
    },
  },
  {
    path: '/login',
    expect: {
      anonymous: 200,
      patient: { redirect: '/diary' },
      patient2: { redirect: '/diary' },
      clinician: { redirect: '/clinician' },
      clinician2: { redirect: '/clinician' },
      admin: { redirect: '/admin/users' },
    },
  },
  { path: '/diary', expect: PAGE_OWNED_BY('patient') },
  { path: '/clinician', expect: PAGE_OWNED_BY('clinician') },
  { path: '/admin/users', expect: PAGE_OWNED_BY('admin') },
  {
    path: '/api/v1/health',
    expect: { anonymous: 200, patient: 200, patient2: 200, clinician: 200, clinician2: 200, admin: 200 },
  },
];
