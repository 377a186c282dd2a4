import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { resetUserSecondFactor } from '@/lib/dal/second-factor';

/**
 * DELETE /api/v1/admin/users/{id}/mfa → { id, had_second_factor }: removes the account's
 * second factor and recovery codes and ends its sessions; audited. 403 for one's own account.
 */
export const DELETE = apiRoute<{ id: string }>('users:manage', async ({ actor, db, params }) => {
  const result = await resetUserSecondFactor(db, actor, params.id);
  return NextResponse.json({ id: params.id, ...result });
});
