import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { nightRangeQuerySchema } from '@/lib/validation/diary';
import { parseQueryStrict } from '@/lib/validation/query-params';
import { listPatientEntries } from '@/lib/dal/patient-diary';

/** One patient's diary (care team only), newest night first, optionally `?from&to`. */
export const GET = apiRoute<{ id: string }>('patients:read', async ({ request, actor, db, params }) => {
  const range = parseQueryStrict(nightRangeQuerySchema, request.nextUrl.searchParams);
  const entries = await listPatientEntries(db, actor, params.id, range);
  return NextResponse.json({ entries });
});
