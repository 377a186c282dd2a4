import { buildPaths } from './paths';
import { toComponents } from './json-schema';
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from './schemas';

const DESCRIPTION = [
  'JSON API of Calfwatch, a nightly calf-pain diary with warning-sign triage.',
  'Sign in with Auth.js’s own endpoints: `GET /api/auth/csrf` gives a `csrfToken`; then',
  '`POST /api/auth/callback/credentials` with the form fields `csrfToken`, `email` and `password`, keeping the',
  'cookies of both answers. Send the session cookie with every call; sessions last 12 hours.',
  '',
  'Each operation names the role it is for; another signed-in role gets 403, and a record that is not yours to',
  'see (another patient, a patient off your care team) answers 404, as if it did not exist. Errors are',
  '`{ "error": "…" }`; 422 adds `fields`, one message per field code or query parameter. An unknown path under',
  '/api/v1 answers 404 (401 without a session); a method a path does not list answers 405 with an empty body.',
  'A POST, PUT, PATCH or DELETE that a browser sends from another site (an `Origin` that is not this one, or',
  '`Sec-Fetch-Site: cross-site`) answers 403; a request body that is not `application/json` answers 415.',
  'Every answer is `Cache-Control: no-store`.',
].join('\n');

/** The OpenAPI 3.1 document served at /api/v1/openapi.json. */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Calfwatch API', version: '1', description: DESCRIPTION },
    servers: [{ url: '/api/v1' }],
    security: [{ session: [] }],
    paths: buildPaths(),
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'authjs.session-token',
          description: 'The Auth.js session cookie (`__Secure-authjs.session-token` over HTTPS).',
        },
      },
      schemas: { ...toComponents(REQUEST_SCHEMAS, 'input'), ...toComponents(RESPONSE_SCHEMAS, 'output') },
    },
  };
}
