import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { acknowledgeFlag } from '@/lib/dal/flags';
import { readNote } from '../../read-note';

/** Acknowledges an open flag (care team only; 409 when it is not open). Body `{ "note" }` optional. */
export const POST = apiRoute<{ id: string }>('flags:act', async ({ request, actor, db, params }) => {
  const body = await readNote(request);
  if (!body.ok) return body.response;
  const flag = await acknowledgeFlag(db, actor, params.id, body.note);
  return NextResponse.json({ flag });
});
