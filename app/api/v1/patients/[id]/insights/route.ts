import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { getPatientInsights } from '@/lib/dal/insights';
import { parseInsightsQuery } from '@/lib/validation/insights';
import { toInsightsBody } from '@/lib/views/insights';

/** GET /api/v1/patients/{id}/insights?from&to — one patient's insights (care team only, else 404). */
export const GET = apiRoute<{ id: string }>('patients:read', async ({ request, actor, db, params }) => {
  const range = parseInsightsQuery(request.nextUrl.searchParams);
  return NextResponse.json(toInsightsBody(await getPatientInsights(db, actor, params.id, range)));
});
