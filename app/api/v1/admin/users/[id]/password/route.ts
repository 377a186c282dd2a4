import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { resetUserPassword } from '@/lib/dal/user-accounts';
import { passwordResetSchema } from '@/lib/validation/accounts';
import { toApiUser } from '../../../_lib/api-user';

/** POST /api/v1/admin/users/{id}/password { password } → { user }; ends the user's sessions. */
export const POST = apiRoute<{ id: string }>('users:manage', async ({ request, actor, db, params }) => {
  const read = await readJsonBody(request, passwordResetSchema);
  if (!read.ok) return read.response;
  const { password } = read.value;
  const user = await resetUserPassword(db, actor, params.id, password);
  return NextResponse.json({ user: toApiUser(user) });
});
