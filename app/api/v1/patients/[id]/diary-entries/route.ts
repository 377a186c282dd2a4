import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { nightRangeQuerySchema } from '@/lib/validation/diary';
import { parseQueryStrict } from '@/lib/validation/query-params';
import { readPatientEntriesJson } from '@/lib/dal/patient-diary';

/**
 * One patient's diary (care team only), newest night first, optionally
 * `?from&to`. The body is built by the database and written through as is
 * (the shape of `{ entries: listPatientEntries(…) }`, byte for byte).
 */
export const GET = apiRoute<{ id: string }>('patients:read', async ({ request, actor, db, params }) => {
  const range = parseQueryStrict(nightRangeQuerySchema, request.nextUrl.searchParams);
  const body = await readPatientEntriesJson(db, actor, params.id, range);
  return new NextResponse(body, { headers: { 'content-type': 'application/json' } });
});
