import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { abandonOwnExperiment } from '@/lib/dal/experiments';
import { toExperimentBody } from '@/lib/views/experiments';

/** POST /api/v1/experiments/{id}/abandon — stops the patient's running experiment (404 not theirs, 409 not running). */
export const POST = apiRoute<{ id: string }>('diary:own', async ({ actor, db, params }) => {
  const experiment = await abandonOwnExperiment(db, actor, params.id);
  return NextResponse.json({ experiment: toExperimentBody(experiment) });
});
