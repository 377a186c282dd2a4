import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { listDeliveries } from '@/lib/dal/deliveries';
import { deliveryFilterSchema } from '@/lib/validation/notifications';
import { parseQueryStrict } from '@/lib/validation/query-params';

/** GET /api/v1/admin/deliveries?status&channel&cursor — the delivery log, newest first, 50 a page. */
export const GET = apiRoute('notifications:manage', async ({ request, actor, db }) => {
  const filter = parseQueryStrict(deliveryFilterSchema, request.nextUrl.searchParams);
  return NextResponse.json(await listDeliveries(db, actor, filter));
});
