import { FLAG_STATUSES } from '../rules/flag-statuses';
import { API_DEFAULT_LIMIT, API_MAX_LIMIT } from '../validation/panel-api-query';
import { FLAG_FILTERS, MAX_QUERY_LENGTH, PANEL_SORT_KEYS, TREND_FILTERS } from '../validation/panel-params';
import { isoDate } from '../validation/dates';
import { toSchema } from './json-schema';
import { body, errors, pathParam, queryParam, reply } from './path-helpers';

const list = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');
const patientId = pathParam('id', 'The patient_id; any other id, or a patient not on your care team, answers 404.');
const flagId = pathParam('id', 'The flag id; a flag of a patient not on your care team answers 404.');

/** The night range of the clinician's reads, checked by nightRangeQuerySchema (lib/validation/diary.ts). */
function nightRange() {
  const date = toSchema(isoDate);
  return [
    queryParam('from', 'First night, YYYY-MM-DD (inclusive).', date),
    queryParam('to', 'Last night, YYYY-MM-DD (inclusive); not before `from`.', date),
  ];
}

/** Both flag actions read `{ "note" }` (lib/dal/flags.ts audits and records it in the flag's history). */
function flagAction(summary: string, description: string, noteRequired: boolean) {
  return {
    post: {
      summary,
      description,
      parameters: [flagId],
      requestBody: body('FlagNote', noteRequired),
      responses: {
        200: reply('The flag after the change', 'FlagActionResult'),
        ...errors(400, 401, 403, 404, 409, 422),
      },
    },
  };
}

/** Care-team reads and flag actions (role clinician; others get 403, patients off the team 404). */
export function clinicianPaths() {
  return {
    '/patients': {
      get: {
        summary: 'Patients on your care team, with figures for recent nights (clinician)',
        parameters: [
          queryParam('query', `Matches name or email (at most ${MAX_QUERY_LENGTH} characters).`, {
            type: 'string',
            maxLength: MAX_QUERY_LENGTH,
          }),
          queryParam('sort', `A column key, with a leading \`-\` for descending: ${list(PANEL_SORT_KEYS)}.`, {
            type: 'string',
            enum: PANEL_SORT_KEYS.flatMap((key) => [key, `-${key}`]),
            default: 'name',
          }),
          queryParam(
            'flag',
            `\`any\`: some open or acknowledged flag; \`none\`: none; a tier: the highest is that tier.`,
            { type: 'string', enum: [...FLAG_FILTERS] },
          ),
          queryParam('trend', 'Only patients whose worst pain has this trend.', {
            type: 'string',
            enum: [...TREND_FILTERS],
          }),
          queryParam('cursor', 'The `next_cursor` of the previous page (opaque).', { type: 'string' }),
          queryParam('limit', 'Patients per page.', {
            type: 'integer',
            minimum: 1,
            maximum: API_MAX_LIMIT,
            default: API_DEFAULT_LIMIT,
          }),
        ],
        responses: { 200: reply('One page of patients', 'PatientList'), ...errors(401, 403, 422) },
      },
    },
    '/patients/{id}/diary-entries': {
      get: {
        summary: 'A care-team patient’s diary entries, newest night first (clinician)',
        parameters: [patientId, ...nightRange()],
        responses: { 200: reply('Entries', 'ClinicianEntryList'), ...errors(401, 403, 404, 422) },
      },
    },
    '/patients/{id}/flags': {
      get: {
        summary: 'A care-team patient’s flags with their history (clinician)',
        parameters: [
          patientId,
          queryParam('status', `One status or a comma-separated list of ${list(FLAG_STATUSES)}; absent: all.`, {
            type: 'string',
            examples: ['open', 'open,acknowledged'],
          }),
        ],
        responses: { 200: reply('Flags', 'FlagList'), ...errors(401, 403, 404, 422) },
      },
    },
    '/flags/{id}/acknowledge': flagAction(
      'Acknowledge an open flag (clinician)',
      'The body may be empty: a note is optional. 409 when the flag is not open.',
      false,
    ),
    '/flags/{id}/resolve': flagAction(
      'Resolve an open or acknowledged flag with a note (clinician)',
      'A non-blank `note` is required (422 without one). 409 when the flag is already resolved.',
      true,
    ),
  };
}
