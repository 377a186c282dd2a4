import { clinicianCases } from './clinician';
import { foundationCases } from './foundation';
import type { AccessCase } from './types';

/** Every area's cases; each feature adds its own file here. */
export const ACCESS_CASES: AccessCase[] = [...foundationCases, ...clinicianCases];
