import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { getOwnReminders, updateOwnReminders } from '@/lib/dal/reminders';
import { reminderSettingsSchema } from '@/lib/validation/notifications';

/** GET /api/v1/reminders — the patient's nightly reminder. */
export const GET = apiRoute('reminders:own', async ({ actor, db }) => {
  return NextResponse.json(await getOwnReminders(db, actor));
});

/** PUT /api/v1/reminders — the whole setting: time, channels, quiet hours, enabled (422 per field). */
export const PUT = apiRoute('reminders:own', async ({ request, actor, db }) => {
  const body = await readJsonBody(request, reminderSettingsSchema);
  if (!body.ok) return body.response;
  const input = body.value;
  return NextResponse.json(await updateOwnReminders(db, actor, input));
});
