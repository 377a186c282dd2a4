import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { listOwnNotifications } from '@/lib/dal/notifications';

/** GET /api/v1/notifications — the clinician's own notifications, newest first, with the unread count. */
export const GET = apiRoute('notifications:own', async ({ actor, db }) => {
  return NextResponse.json(await listOwnNotifications(db, actor));
});
