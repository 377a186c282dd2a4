import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { encodeCursor, parsePanelApiQuery } from '@/lib/validation/panel-api-query';
import { findPanelPatients } from '@/lib/dal/patients';

/** The clinician's own panel, searched by name or email, sorted by an allow-listed key, keyset-paged. */
export const GET = apiRoute('patients:read', async ({ request, actor, db }) => {
  const query = parsePanelApiQuery(request.nextUrl.searchParams);
  const page = await findPanelPatients(db, actor, query);
  return NextResponse.json({
    patients: page.patients,
    next_cursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
  });
});
