import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { markNotificationRead } from '@/lib/dal/notifications';

/** POST /api/v1/notifications/{id}/read — marks one of your notifications read (404 for anyone else's). */
export const POST = apiRoute<{ id: string }>('notifications:own', async ({ actor, db, params }) => {
  await markNotificationRead(db, actor, params.id);
  return NextResponse.json({ id: params.id, read: true });
});
