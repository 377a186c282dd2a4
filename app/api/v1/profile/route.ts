import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { getOwnProfile, updateOwnProfile } from '@/lib/dal/profile';
import { profileChangesSchema } from '@/lib/validation/profile';

/** GET /api/v1/profile — the patient's own profile. */
export const GET = apiRoute('profile:own', async ({ actor, db }) => {
  return NextResponse.json(await getOwnProfile(db, actor));
});

/**
 * PUT /api/v1/profile — changes the given fields (omitted ones keep their
 * value) and re-runs the warning-sign rules. Answers with the whole profile
 * and any flags the change raised or escalated.
 */
export const PUT = apiRoute('profile:own', async ({ request, actor, db }) => {
  const body = await readJsonBody(request, profileChangesSchema());
  if (!body.ok) return body.response;
  const changes = body.value;
  const { profile, flags } = await updateOwnProfile(db, actor, changes);
  return NextResponse.json({ ...profile, flags });
});
