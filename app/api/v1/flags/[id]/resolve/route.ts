import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { resolveFlag } from '@/lib/dal/flags';
import { flagActionBodySchema } from '@/lib/validation/flag-note';

/** Resolves a flag with a note (care team only; 422 without a note; 409 when already resolved). */
export const POST = apiRoute<{ id: string }>('flags:act', async ({ request, actor, db, params }) => {
  const body = await readJsonBody(request, flagActionBodySchema, { optional: true });
  if (!body.ok) return body.response;
  const flag = await resolveFlag(db, actor, params.id, body.value.note);
  return NextResponse.json({ flag });
});
