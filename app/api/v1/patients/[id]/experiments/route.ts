import { NextResponse } from 'next/server';
import { readJsonObject } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { listPatientExperiments, startPatientExperiment } from '@/lib/dal/experiments';
import { toExperimentBody } from '@/lib/views/experiments';

/** GET /api/v1/patients/{id}/experiments — a care-team patient's experiments (404 otherwise), audited. */
export const GET = apiRoute<{ id: string }>('patients:read', async ({ actor, db, params }) => {
  const list = await listPatientExperiments(db, actor, params.id);
  return NextResponse.json({ experiments: list.map(toExperimentBody) });
});

/** POST /api/v1/patients/{id}/experiments `{ "factor" }` — the care team starts one for the patient: 201, 409, 422. */
export const POST = apiRoute<{ id: string }>('experiments:start', async ({ request, actor, db, params }) => {
  // The data layer checks the care team before the factor: an outsider gets 404, never a 422.
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  const experiment = await startPatientExperiment(db, actor, params.id, body.value);
  return NextResponse.json({ experiment: toExperimentBody(experiment) }, { status: 201 });
});
