import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { getOwnInsights } from '@/lib/dal/insights';
import { parseInsightsQuery } from '@/lib/validation/insights';
import { toInsightsBody } from '@/lib/views/insights';

/** GET /api/v1/insights?from&to — the patient's own nights with vs without each habit (default: the last 90). */
export const GET = apiRoute('diary:own', async ({ request, actor, db }) => {
  const range = parseInsightsQuery(request.nextUrl.searchParams);
  return NextResponse.json(toInsightsBody(await getOwnInsights(db, actor, range)));
});
