import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { getRuleStats } from '@/lib/dal/rule-stats';
import { ruleStatsQuerySchema, sinceForPeriod } from '@/lib/validation/rule-stats';
import { parseQueryStrict } from '@/lib/validation/query-params';

/** GET /api/v1/admin/rule-stats?period=30|90|365|all → { period, rules: [...] } */
export const GET = apiRoute('rules:stats', async ({ request, actor, db }) => {
  const { period } = parseQueryStrict(ruleStatsQuerySchema, request.nextUrl.searchParams);
  return NextResponse.json({ period, rules: await getRuleStats(db, actor, { since: sinceForPeriod(period) }) });
});
