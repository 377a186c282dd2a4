import { insightsQuerySchema } from '../validation/insights';
import { queryParameters } from './json-schema';
import { errors, pathParam, reply } from './path-helpers';

const WINDOW_PARAMETERS = {
  from: 'First night, YYYY-MM-DD (inclusive); default 89 nights before `to`.',
  to: 'Last night, YYYY-MM-DD (inclusive); default today; not before `from`.',
};

const DESCRIPTION =
  'Compares the nights in the window with and without each habit: pain-night rate (with a 95% interval for the ' +
  'difference) and mean worst pain. These are patterns in one diary, not causes.';

/** What seems to help: a patient's own nights with vs without each habit. */
export function insightsPaths() {
  return {
    '/insights': {
      get: {
        summary: 'Your own nights with vs without each habit (patient)',
        description: DESCRIPTION,
        parameters: queryParameters(insightsQuerySchema, WINDOW_PARAMETERS),
        responses: { 200: reply('Insights', 'Insights'), ...errors(401, 403, 422) },
      },
    },
    '/patients/{id}/insights': {
      get: {
        summary: "A patient's nights with vs without each habit (clinician, care team)",
        description: `${DESCRIPTION} Written to the audit log as a read of the record.`,
        parameters: [
          pathParam('id', 'The patient_id; any other id, or a patient not on your care team, answers 404.'),
          ...queryParameters(insightsQuerySchema, WINDOW_PARAMETERS),
        ],
        responses: { 200: reply('Insights', 'Insights'), ...errors(401, 403, 404, 422) },
      },
    },
  };
}
