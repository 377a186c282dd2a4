import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { listAuditEvents } from '@/lib/dal/audit-log';
import { auditApiQuerySchema } from '@/lib/validation/audit';
import { parseQueryStrict } from '@/lib/validation/query-params';

/** GET /api/v1/admin/audit?patientId&actorId&action&from&to&cursor → { events, next_cursor }, newest first. */
export const GET = apiRoute('audit:read', async ({ request, actor, db }) => {
  const { cursor, ...filter } = parseQueryStrict(auditApiQuerySchema, request.nextUrl.searchParams);
  return NextResponse.json(await listAuditEvents(db, actor, filter, { cursor }));
});
