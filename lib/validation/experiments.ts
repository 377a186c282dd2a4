import { z } from 'zod';
import { EXPERIMENT_FACTORS } from '../insights/experiment';

const FACTOR_MESSAGE = `Choose an experiment: ${EXPERIMENT_FACTORS.join(', ')}.`;

/**
 * Starting a two-week experiment (`POST /api/v1/experiments`, the patient's
 * and the clinician's buttons): `{ "factor": "stretched_before_bed" }`. A
 * missing or unknown factor is a 422 naming `factor`; other fields are ignored.
 */
export const experimentStartSchema = z.object({
  factor: z.enum(EXPERIMENT_FACTORS, { error: FACTOR_MESSAGE }),
});
export type ExperimentStartInput = z.output<typeof experimentStartSchema>;

/** An experiment id in a form (the abandon button). */
export const experimentIdSchema = z.object({ id: z.string({ error: 'Which experiment?' }).min(1).max(100) });

/** The clinician's start button: which patient, which habit. */
export const patientExperimentStartSchema = experimentStartSchema.extend({
  patientId: z.string({ error: 'Which patient?' }).min(1).max(100),
});
