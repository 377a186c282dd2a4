/**
 * The routes of SPEC §7 as OpenAPI path items. Routing is data here; every
 * body and response points at a component generated from zod (document.ts).
 */
type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const reply = (description: string, name: string) => ({ description, content: json(name) });
const error = (description: string) => reply(description, 'Error');

const ERRORS = {
  400: error('Malformed request: the body is not a JSON object, or a header is invalid.'),
  401: error('Not signed in.'),
  403: error('Your role may not do this.'),
  404: error('Not found, or not yours to see.'),
  409: error('Conflicts with the current state.'),
  422: reply('Invalid fields: one message per field code. Nothing is saved.', 'ValidationError'),
};
type ErrorCode = keyof typeof ERRORS;
const errors = (...codes: ErrorCode[]) => Object.fromEntries(codes.map((code) => [code, ERRORS[code]]));

const body = (name: string) => ({ required: true, content: json(name) });
const pathParam = (name: string, description: string, schema: Json = { type: 'string', format: 'uuid' }) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});
const query = (name: string, description: string, schema: Json = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/** Builds the `paths` object; `params` holds the JSON Schemas of the zod-validated date parameters. */
export function buildPaths(params: { night: Json; date: Json }): Json {
  const { night, date } = params;
  const cursorParam = query('cursor', 'The `next_cursor` of the previous page.');
  return {
    '/health': {
      get: {
        summary: 'Liveness and database reachability',
        security: [],
        responses: { 200: reply('Up', 'Health'), 503: error('The database cannot be reached.') },
      },
    },
    '/openapi.json': {
      get: {
        summary: 'This document',
        security: [],
        responses: { 200: { description: 'The OpenAPI 3.1 document', content: { 'application/json': {} } } },
      },
    },
    '/diary-entries': {
      get: {
        summary: 'Your own diary entries, newest night first (patient)',
        parameters: [query('from', 'First night, YYYY-MM-DD', date), query('to', 'Last night, YYYY-MM-DD', date)],
        responses: { 200: reply('Entries', 'DiaryEntryList'), ...errors(401, 403, 422) },
      },
    },
    '/diary-entries/{night}': {
      put: {
        summary: 'Create or replace the entry for one night (patient)',
        description:
          '`worst_pain` and `side` are required; other omitted fields take their empty value. `night_of` may be left ' +
          'out; if given it must equal the night in the path. The night may not be in the future nor more than 30 ' +
          'days before the account was created (422); an existing night older than 7 days cannot be changed (403). ' +
          'The earlier version is kept. With `Idempotency-Key`, a retry of the same request gets the stored answer ' +
          '(header `Idempotent-Replayed: true`) and saves nothing; the same key with another request answers 409.',
        parameters: [
          pathParam('night', 'The night (the evening it began), YYYY-MM-DD', night),
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description: 'Any 1–200 visible ASCII characters, unique per submission; remembered for 24 hours.',
            schema: { type: 'string', minLength: 1, maxLength: 200 },
          },
        ],
        requestBody: body('DiaryEntryPut'),
        responses: {
          200: reply('Replaced an existing entry', 'SavedDiaryEntry'),
          201: reply('Created the entry', 'SavedDiaryEntry'),
          ...errors(400, 401, 403, 409, 422),
        },
      },
    },
    '/profile': {
      get: {
        summary: 'Your own profile (patient)',
        responses: { 200: reply('Profile', 'Profile'), ...errors(401, 403) },
      },
      put: {
        summary: 'Change your own profile; re-runs the warning-sign rules (patient)',
        description: 'Every field is optional; an omitted field keeps its value and `null` clears it.',
        requestBody: body('ProfileChanges'),
        responses: { 200: reply('The updated profile', 'ProfileUpdated'), ...errors(400, 401, 403, 422) },
      },
    },
    '/patients': {
      get: {
        summary: 'Patients on your care team (clinician)',
        parameters: [
          query('query', 'Matches name or email'),
          query('sort', 'Sort order, e.g. `name` or `-last_night`'),
          cursorParam,
        ],
        responses: { 200: reply('One page of patients', 'PatientList'), ...errors(401, 403, 422) },
      },
    },
    '/patients/{id}/diary-entries': {
      get: {
        summary: 'A care-team patient’s diary entries (clinician)',
        parameters: [pathParam('id', 'The patient_id')],
        responses: { 200: reply('Entries', 'DiaryEntryList'), ...errors(401, 403, 404) },
      },
    },
    '/patients/{id}/flags': {
      get: {
        summary: 'A care-team patient’s flags (clinician)',
        parameters: [
          pathParam('id', 'The patient_id'),
          query('status', 'open, acknowledged or resolved', {
            type: 'string',
            enum: ['open', 'acknowledged', 'resolved'],
          }),
        ],
        responses: { 200: reply('Flags', 'FlagList'), ...errors(401, 403, 404) },
      },
    },
    '/flags/{id}/acknowledge': {
      post: {
        summary: 'Acknowledge an open flag (clinician)',
        parameters: [pathParam('id', 'The flag id')],
        requestBody: { required: false, content: json('FlagNote') },
        responses: { 200: reply('The flag', 'ClinicianFlag'), ...errors(400, 401, 403, 404, 409) },
      },
    },
    '/flags/{id}/resolve': {
      post: {
        summary: 'Resolve a flag with a note (clinician)',
        parameters: [pathParam('id', 'The flag id')],
        requestBody: body('FlagNote'),
        responses: { 200: reply('The flag', 'ClinicianFlag'), ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    '/admin/users': {
      get: {
        summary: 'Accounts (admin)',
        parameters: [
          query('role', 'patient, clinician or admin', { type: 'string', enum: ['patient', 'clinician', 'admin'] }),
          query('query', 'Matches name or email'),
          cursorParam,
        ],
        responses: { 200: reply('One page of accounts', 'AdminUserList'), ...errors(401, 403) },
      },
      post: {
        summary: 'Create an account (admin); a patient account gets its patient record',
        requestBody: body('NewUser'),
        responses: {
          201: reply('Created', 'CreatedUser'),
          ...errors(400, 401, 403, 422),
          409: error('An account with this email exists.'),
        },
      },
    },
    '/admin/care-team/{clinicianUserId}/{patientId}': {
      parameters: [pathParam('clinicianUserId', 'The clinician’s user id'), pathParam('patientId', 'The patient_id')],
      put: {
        summary: 'Put a patient on a clinician’s care team (admin)',
        responses: { 200: { description: 'Assigned' }, 204: { description: 'Assigned' }, ...errors(401, 403, 404) },
      },
      delete: {
        summary: 'Take a patient off a clinician’s care team (admin)',
        responses: { 200: { description: 'Removed' }, 204: { description: 'Removed' }, ...errors(401, 403, 404) },
      },
    },
    '/admin/audit': {
      get: {
        summary: 'The audit log, newest first (admin)',
        parameters: [
          query('patientId', 'Only events about this patient', { type: 'string', format: 'uuid' }),
          query('actorId', 'Only events by this user', { type: 'string', format: 'uuid' }),
          query('from', 'From this date, YYYY-MM-DD', date),
          query('to', 'Up to this date, YYYY-MM-DD', date),
          cursorParam,
        ],
        responses: { 200: reply('One page of events', 'AuditEventList'), ...errors(401, 403, 422) },
      },
    },
  };
}
