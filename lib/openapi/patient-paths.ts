import { isoDate } from '../validation/dates';
import { nightRangeQuerySchema } from '../validation/diary';
import { queryParameters, toSchema } from './json-schema';
import { body, errors, pathParam, reply } from './path-helpers';

const REPLAYED_HEADER = {
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

/** The patient's own diary and profile (role patient; any other role gets 403). */
export function patientPaths() {
  return {
    '/diary-entries': {
      get: {
        summary: 'Your own diary entries, newest night first (patient)',
        parameters: queryParameters(nightRangeQuerySchema, {
          from: 'First night, YYYY-MM-DD (inclusive).',
          to: 'Last night, YYYY-MM-DD (inclusive); not before `from`.',
        }),
        responses: { 200: reply('Entries', 'DiaryEntryList'), ...errors(401, 403, 422) },
      },
    },
    '/diary-entries/{night}': {
      put: {
        summary: 'Create or replace the entry for one night (patient)',
        description:
          '`worst_pain` and `side` are required; other omitted fields take their empty value (false, [], 0 or ' +
          'null). `night_of` may be left out; if given it must equal the night in the path. The night may not be ' +
          'in the future nor more than 30 days before the account was created (422); an existing night older ' +
          'than 7 days cannot be changed (403). The earlier version is kept, and the warning-sign rules run in ' +
          'the same transaction. With `Idempotency-Key`, a retry of the same request (same path and body) within ' +
          '24 hours gets the stored answer and saves nothing; the same key with another request answers 409.',
        parameters: [
          pathParam('night', 'The night (the evening it began), YYYY-MM-DD.', toSchema(isoDate)),
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description: '1–200 visible ASCII characters, unique per submission (else 400).',
            schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
          },
        ],
        requestBody: body('DiaryEntryPut'),
        responses: {
          200: reply('Replaced an existing entry', 'SavedDiaryEntry', REPLAYED_HEADER),
          201: reply('Created the entry', 'SavedDiaryEntry', REPLAYED_HEADER),
          ...errors(400, 401),
          403: reply('Not a patient, or the night is more than 7 days old and already recorded.', 'Error'),
          409: reply('This Idempotency-Key was already used for a different request.', 'Error'),
          ...errors(422),
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
        description:
          'Every field is optional; an omitted field keeps its value and `null` clears it. `{}` keeps every value.',
        requestBody: body('ProfileChanges'),
        responses: {
          200: reply('The whole profile after the change, and the flags it raised', 'ProfileUpdated'),
          ...errors(400, 401, 403, 422),
        },
      },
    },
  };
}
