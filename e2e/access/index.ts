import { accountCases } from './account';
import { adminCases } from './admin';
import { clinicianCases } from './clinician';
import { exportCases } from './exports';
import { foundationCases } from './foundation';
import { notifyCases } from './notify';
import { patientCases } from './patient';
import type { AccessCase } from './types';

/** Every area's cases; each feature adds its own file here. */
export const ACCESS_CASES: AccessCase[] = [
  ...foundationCases,
  ...patientCases,
  ...clinicianCases,
  ...exportCases,
  ...adminCases,
  ...notifyCases,
  ...accountCases,
];
