import { NextResponse } from 'next/server';
import type { ApiContext } from '@/lib/api/route';
import { setUserActive } from '@/lib/dal/user-accounts';
import type { AdminUser } from '@/lib/dal/users';

/** Exactly the contract's fields (docs/contract.md, "JSON API"), whatever else the data layer returned. */
export function toApiUser(user: AdminUser): AdminUser {
  const { id, email, name, role, active, patient_id } = user;
  return { id, email, name, role, active, patient_id };
}

/** The body of POST /api/v1/admin/users/{id}/deactivate|reactivate: set the flag, answer `{ user }`. */
export function setActiveHandler(active: boolean) {
  return async ({ actor, db, params }: ApiContext<{ id: string }>) => {
    const user = await setUserActive(db, actor, params.id, active);
    return NextResponse.json({ user: toApiUser(user) });
  };
}
