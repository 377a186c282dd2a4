import { body, errors, pathParam, reply } from './path-helpers';

const ABOUT =
  'A guided two-week experiment (an N-of-1 trial): one habit every night for 14 nights from the start night, ' +
  'compared with the 14 nights before by the insights’ counts, intervals and verdict rules. One at a time per patient.';

/** The two-week experiments: the patient's own, and a care-team patient's. */
export function experimentsPaths() {
  return {
    '/experiments': {
      get: {
        summary: 'Your own two-week experiments (patient)',
        description: `${ABOUT} A running experiment whose nights are over finishes (and stores its result) here.`,
        responses: { 200: reply('Newest first', 'ExperimentList'), ...errors(401, 403) },
      },
      post: {
        summary: 'Start a two-week experiment from tonight (patient)',
        description: ABOUT,
        requestBody: body('ExperimentStart'),
        responses: {
          201: reply('Started', 'ExperimentReply'),
          ...errors(400, 401, 403, 422),
          409: reply('An experiment is already running.', 'Error'),
        },
      },
    },
    '/experiments/{id}/abandon': {
      post: {
        summary: 'Stop your running experiment (patient)',
        description: 'The experiment stays on record, marked abandoned, and the stop is written to the audit log.',
        parameters: [pathParam('id', 'The experiment id; another patient’s, or an unknown id, answers 404.')],
        responses: {
          200: reply('Stopped', 'ExperimentReply'),
          ...errors(401, 403, 404),
          409: reply('The experiment has already finished or been stopped.', 'Error'),
        },
      },
    },
    '/patients/{id}/experiments': {
      get: {
        summary: "A patient's two-week experiments (clinician, care team)",
        description: `${ABOUT} Written to the audit log as a read of the record.`,
        parameters: [pathParam('id', 'The patient_id; a patient not on your care team answers 404.')],
        responses: { 200: reply('Newest first', 'ExperimentList'), ...errors(401, 403, 404) },
      },
      post: {
        summary: 'Start a two-week experiment for a patient on your care team (clinician)',
        description: ABOUT,
        parameters: [pathParam('id', 'The patient_id; a patient not on your care team answers 404.')],
        requestBody: body('ExperimentStart'),
        responses: {
          201: reply('Started', 'ExperimentReply'),
          ...errors(400, 401, 403, 404, 422),
          409: reply('An experiment is already running for this patient.', 'Error'),
        },
      },
    },
  };
}
