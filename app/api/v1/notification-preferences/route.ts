import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { getOwnPreferences, updateOwnPreferences } from '@/lib/dal/notifications';
import { preferencesSchema } from '@/lib/validation/notifications';

/** GET /api/v1/notification-preferences — your channels per tier, and the tiers the clinic routes. */
export const GET = apiRoute('notifications:own', async ({ actor, db }) => {
  return NextResponse.json(await getOwnPreferences(db, actor));
});

/** PUT /api/v1/notification-preferences — `{ "channels": { "<tier>": ["in_app", "email"] } }`; omitted tiers keep theirs. */
export const PUT = apiRoute('notifications:own', async ({ request, actor, db }) => {
  const body = await readJsonBody(request, preferencesSchema);
  if (!body.ok) return body.response;
  const input = body.value;
  return NextResponse.json(await updateOwnPreferences(db, actor, input.channels));
});
