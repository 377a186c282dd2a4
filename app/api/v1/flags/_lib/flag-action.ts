import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import type { ApiContext } from '@/lib/api/route';
import type { acknowledgeFlag } from '@/lib/dal/flags';
import { flagActionBodySchema } from '@/lib/validation/flag-note';

/**
 * The body of POST /api/v1/flags/{id}/acknowledge|resolve: an optional
 * `{ "note" }`, the data layer's action, the flag as `{ flag }`.
 */
export function flagActionHandler(act: typeof acknowledgeFlag) {
  return async ({ request, actor, db, params }: ApiContext<{ id: string }>) => {
    const body = await readJsonBody(request, flagActionBodySchema, { optional: true });
    if (!body.ok) return body.response;
    const flag = await act(db, actor, params.id, body.value.note);
    return NextResponse.json({ flag });
  };
}
