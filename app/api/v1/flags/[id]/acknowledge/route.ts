import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { acknowledgeFlag } from '@/lib/dal/flags';
import { flagActionBodySchema } from '@/lib/validation/flag-note';

/** Acknowledges an open flag (care team only; 409 when it is not open). Body `{ "note" }` optional. */
export const POST = apiRoute<{ id: string }>('flags:act', async ({ request, actor, db, params }) => {
  const body = await readJsonBody(request, flagActionBodySchema, { optional: true });
  if (!body.ok) return body.response;
  const flag = await acknowledgeFlag(db, actor, params.id, body.value.note);
  return NextResponse.json({ flag });
});
