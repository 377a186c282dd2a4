import type { AccessCase } from './types';

/** One's own account: the security page is open to every signed-in role. */
export const accountCases: AccessCase[] = [
  {
    path: '/account/security',
    expect: { anonymous: 'login', patient: 200, patient2: 200, clinician: 200, clinician2: 200, admin: 200 },
  },
];
