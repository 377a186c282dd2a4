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

/** The actor for an account row (and its patient id, if it keeps a diary) acting from `ip`. */
export function actorOf(
  user: { id: string; email: string; name: string; role: Role },
  patientId: string | null,
  ip: string | null,
): Actor {
  return { userId: user.id, email: user.email, name: user.name, role: user.role, patientId, ip };
}

/** Throws 403 unless the actor's role holds the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError();
}
