import { adminPaths } from './admin-paths';
import { clinicianPaths } from './clinician-paths';
import { experimentsPaths } from './experiments-paths';
import { insightsPaths } from './insights-paths';
import { notifyPaths } from './notify-paths';
import { reply } from './path-helpers';
import { patientPaths } from './patient-paths';

/**
 * Every route under app/api/v1 as an OpenAPI path item (lib/openapi/routes.test.ts
 * checks the list against the route files). Public routes first, then by role.
 */
export function buildPaths(): Record<string, unknown> {
  return {
    '/health': {
      get: {
        summary: 'Liveness and database reachability',
        security: [],
        responses: { 200: reply('Up', 'Health'), 503: reply('The database cannot be reached.', 'HealthDown') },
      },
    },
    '/openapi.json': {
      get: {
        summary: 'This document',
        security: [],
        responses: { 200: { description: 'The OpenAPI 3.1 document', content: { 'application/json': {} } } },
      },
    },
    ...patientPaths(),
    ...clinicianPaths(),
    ...adminPaths(),
    ...notifyPaths(),
    ...insightsPaths(),
    ...experimentsPaths(),
  };
}
