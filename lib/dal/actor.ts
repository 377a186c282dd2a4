import { ForbiddenError } from '../errors';
import { can, type Permission, type Role } from '../auth/permissions';

/** The signed-in user on whose behalf the data layer acts. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** Set for accounts that keep a diary. */
  patientId: string | null;
  /** Client address, for the audit log. */
  ip: string | null;
}

/** Throws 403 unless the actor's role holds the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError();
}
