import { NextResponse } from 'next/server';
import { readJsonObject } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { getOwnPreferences, updateOwnPreferences } from '@/lib/dal/notifications';
import { parseOrThrow } from '@/lib/validation/issues';
import { preferencesSchema } from '@/lib/validation/notifications';

/** GET /api/v1/notification-preferences — your channels per tier, and the tiers the clinic routes. */
export const GET = apiRoute('notifications:own', async ({ actor, db }) => {
  return NextResponse.json(await getOwnPreferences(db, actor));
});

/** PUT /api/v1/notification-preferences — `{ "channels": { "<tier>": ["in_app", "email"] } }`; omitted tiers keep theirs. */
export const PUT = apiRoute('notifications:own', async ({ request, actor, db }) => {
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  const input = parseOrThrow(preferencesSchema, body.value);
  return NextResponse.json(await updateOwnPreferences(db, actor, input.channels));
});
