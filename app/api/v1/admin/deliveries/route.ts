import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { listDeliveries, toDeliveryView } from '@/lib/dal/deliveries';
import { deliveryFilterSchema } from '@/lib/validation/notifications';
import { parseQueryStrict } from '@/lib/validation/query-params';

/** GET /api/v1/admin/deliveries?status&channel&cursor — the delivery log, newest first, 50 a page. */
export const GET = apiRoute('notifications:manage', async ({ request, actor, db }) => {
  const filter = parseQueryStrict(deliveryFilterSchema, request.nextUrl.searchParams);
  const page = await listDeliveries(db, actor, filter);
  return NextResponse.json({ deliveries: page.deliveries.map(toDeliveryView), next_cursor: page.next_cursor });
});
