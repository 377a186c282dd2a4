import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { setUserActive } from '@/lib/dal/user-accounts';
import { toApiUser } from '../../../_lib/api-user';

/** POST /api/v1/admin/users/{id}/deactivate → { user }; ends the user's sessions. 403 for one's own account. */
export const POST = apiRoute<{ id: string }>('users:manage', async ({ actor, db, params }) => {
  const user = await setUserActive(db, actor, params.id, false);
  return NextResponse.json({ user: toApiUser(user) });
});
