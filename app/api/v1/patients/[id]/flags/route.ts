import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { parseFlagStatuses } from '@/lib/validation/flag-statuses';
import { listPatientFlags } from '@/lib/dal/flags';

/** One patient's flags (care team only) with evidence nights and history; `?status=open,acknowledged` narrows. */
export const GET = apiRoute<{ id: string }>('patients:read', async ({ request, actor, db, params }) => {
  const statuses = parseFlagStatuses(request.nextUrl.searchParams);
  const flags = await listPatientFlags(db, actor, params.id, { statuses });
  return NextResponse.json({ flags });
});
