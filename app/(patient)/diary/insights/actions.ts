'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/actions/action';
import { abandonOwnExperiment, startOwnExperiment } from '@/lib/dal/experiments';
import { experimentIdSchema, experimentStartSchema } from '@/lib/validation/experiments';

/** The insights page and the diary form both show the experiment. */
function refreshDiaryPages() {
  revalidatePath('/diary', 'layout');
}

/** Starts the patient's own two-week experiment from tonight. */
export const startExperimentAction = action('diary:own', experimentStartSchema, async ({ factor }, { actor, db }) => {
  const experiment = await startOwnExperiment(db, actor, factor);
  refreshDiaryPages();
  return { id: experiment.id };
});

/** Stops the patient's running experiment (kept on record as stopped early). */
export const abandonExperimentAction = action('diary:own', experimentIdSchema, async ({ id }, { actor, db }) => {
  const experiment = await abandonOwnExperiment(db, actor, id);
  refreshDiaryPages();
  return { id: experiment.id, status: experiment.status };
});
