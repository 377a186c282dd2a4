import type { JsonSchema } from './json-schema';
import type { RequestName, ResponseName } from './schemas';

/** Small builders for OpenAPI path items; every body points at a component generated from zod. */
const ref = (name: RequestName | ResponseName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: RequestName | ResponseName) => ({ 'application/json': { schema: ref(name) } });

export const reply = (description: string, name: ResponseName, headers?: JsonSchema) => ({
  description,
  ...(headers ? { headers } : {}),
  content: json(name),
});

export const error = (description: string) => reply(description, 'Error');

/** The usual meaning of each error status; an operation overrides the wording where it says more. */
const ERRORS = {
  400: error('Malformed request: the body is not JSON (or not a JSON object).'),
  401: error('Not signed in, or the session has ended (expired, signed out or deactivated).'),
  403: error('Your role may not do this.'),
  404: error('Not found, or not yours to see.'),
  409: error('Conflicts with the current state.'),
  422: reply(
    'Invalid fields or query parameters: one message per code. Text holding a NUL character or an unpaired ' +
      'surrogate (in any field, key or query parameter) and dates outside the years 0001–9998 are invalid too. ' +
      'Nothing was changed.',
    'ValidationError',
  ),
};
export type ErrorStatus = keyof typeof ERRORS;

/** The standard error responses for these statuses. */
export const errors = (...statuses: ErrorStatus[]) =>
  Object.fromEntries(statuses.map((status) => [status, ERRORS[status]]));

export const body = (name: RequestName, required = true) => ({ required, content: json(name) });

export const pathParam = (
  name: string,
  description: string,
  schema: JsonSchema = { type: 'string', format: 'uuid' },
) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});

export const queryParam = (name: string, description: string, schema: JsonSchema) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
