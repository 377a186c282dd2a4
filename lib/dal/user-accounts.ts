import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import { isUniqueViolation } from '@/db/errors';
import { insertAccount } from '../accounts/insert-account';
import { revokeAllSessions } from '../accounts/sessions';
import { hashPassword } from '../auth/password';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import type { NewAccountInput } from '../validation/accounts';
import { COMMON_PASSWORD_MESSAGE } from '../validation/accounts';
import { isCommonPassword } from '../validation/common-passwords';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { findUser, type AdminUserDetail } from './users';

export const EMAIL_TAKEN_MESSAGE = 'An account with this email address already exists.';

/**
 * Creates an account (and, for patients, their patient record) from validated
 * input; 409 when the email is taken. Audited as `user.create`.
 */
export async function createUser(
  db: Database,
  actor: Actor,
  input: NewAccountInput,
): Promise<{ id: string; patient_id: string | null }> {
  assertCan(actor, 'users:manage');
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing) throw new ConflictError(EMAIL_TAKEN_MESSAGE);
  // Hash before the transaction so no lock is held while argon2 works.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const { userId, patientId } = await insertAccount(tx, { ...input, passwordHash });
      await recordAudit(tx, actor, {
        action: 'user.create',
        targetId: userId,
        patientId,
        detail: { email: input.email, role: input.role },
      });
      return { id: userId, patient_id: patientId };
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if (isUniqueViolation(error)) throw new ConflictError(EMAIL_TAKEN_MESSAGE);
    throw error;
  }
}

/**
 * Deactivates or reactivates an account. Deactivation also ends every
 * existing session (their rows are revoked), so the user is locked out at
 * their next request and a later reactivation does not revive old sessions.
 * Administrators cannot deactivate themselves. No-ops are not audited.
 */
export async function setUserActive(
  db: Database,
  actor: Actor,
  userId: string,
  active: boolean,
): Promise<AdminUserDetail> {
  const user = await findUser(db, actor, userId);
  if (!active && user.id === actor.userId) throw new ForbiddenError('You cannot deactivate your own account.');
  if (user.active === active) return user;
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ active, updatedAt: now }).where(eq(users.id, user.id));
    if (!active) await revokeAllSessions(tx, user.id, now);
    await recordAudit(tx, actor, {
      action: active ? 'user.reactivate' : 'user.deactivate',
      targetId: user.id,
      patientId: user.patient_id,
    });
  });
  return { ...user, active, updated_at: now };
}

/**
 * Sets a new password chosen by an administrator and ends the account's
 * existing sessions. The password itself is never logged or audited.
 */
export async function resetUserPassword(
  db: Database,
  actor: Actor,
  userId: string,
  password: string,
): Promise<AdminUserDetail> {
  const user = await findUser(db, actor, userId);
  if (isCommonPassword(password, user)) {
    throw new ValidationError('Choose a different password.', { password: COMMON_PASSWORD_MESSAGE });
  }
  const passwordHash = await hashPassword(password);
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id, now);
    await recordAudit(tx, actor, { action: 'user.password_reset', targetId: user.id, patientId: user.patient_id });
  });
  return { ...user, updated_at: now };
}
