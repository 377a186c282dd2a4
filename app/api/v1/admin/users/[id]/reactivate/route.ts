import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { setUserActive } from '@/lib/dal/user-accounts';
import { toApiUser } from '../../../_lib/api-user';

/** POST /api/v1/admin/users/{id}/reactivate → { user }; the user signs in again with their password. */
export const POST = apiRoute<{ id: string }>('users:manage', async ({ actor, db, params }) => {
  const user = await setUserActive(db, actor, params.id, true);
  return NextResponse.json({ user: toApiUser(user) });
});
