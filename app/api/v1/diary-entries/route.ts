import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { rowToEntry } from '@/lib/diary/mapping';
import { listOwnEntries } from '@/lib/dal/diary-entries';
import { nightRangeQuerySchema } from '@/lib/validation/diary';
import { parseQueryStrict } from '@/lib/validation/query-params';

/** GET /api/v1/diary-entries?from&to — the patient's own nights, newest first. */
export const GET = apiRoute('diary:own', async ({ request, actor, db }) => {
  const range = parseQueryStrict(nightRangeQuerySchema, request.nextUrl.searchParams);
  const rows = await listOwnEntries(db, actor, range);
  return NextResponse.json({ entries: rows.map(rowToEntry) });
});
