import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { listOwnExperiments, startOwnExperiment } from '@/lib/dal/experiments';
import { experimentStartSchema } from '@/lib/validation/experiments';
import { toExperimentBody } from '@/lib/views/experiments';

/** GET /api/v1/experiments — the patient's own two-week experiments, newest first (a due one finishes here). */
export const GET = apiRoute('diary:own', async ({ actor, db }) => {
  const list = await listOwnExperiments(db, actor);
  return NextResponse.json({ experiments: list.map(toExperimentBody) });
});

/** POST /api/v1/experiments `{ "factor" }` — starts one from tonight: 201, 409 while one runs, 422 for the factor. */
export const POST = apiRoute('diary:own', async ({ request, actor, db }) => {
  const body = await readJsonBody(request, experimentStartSchema);
  if (!body.ok) return body.response;
  const experiment = await startOwnExperiment(db, actor, body.value.factor);
  return NextResponse.json({ experiment: toExperimentBody(experiment) }, { status: 201 });
});
