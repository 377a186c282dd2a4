import { and, eq, gt, isNull } from 'drizzle-orm';
import { patients, sessions, users, userTotp } from '@/db/schema';
import type { Database } from '@/db/types';
import { revokeAllSessions, revokeSession } from '../accounts/sessions';
import { isSecondFactorRequired } from '../auth/second-factor-policy';
import { actorOf, type Actor } from './actor';
import { recordAudit } from './audit';

/** A live session: who it belongs to, and whether it must enrol a second factor first. */
export interface LiveSession {
  sessionId: string;
  actor: Actor;
  hasSecondFactor: boolean;
  /** Signed in with a password alone while the role requires a second factor: only enrolment is open. */
  mustEnrolSecondFactor: boolean;
}

/**
 * The session behind a cookie's `sid`, if it is neither revoked nor expired and
 * its account is active: one lookup by primary key, joined to the account.
 */
export async function findLiveSession(
  db: Database,
  sessionId: string,
  ip: string | null,
  now = new Date(),
): Promise<LiveSession | null> {
  const [row] = await db
    .select({ user: users, patientId: patients.id, totpConfirmedAt: userTotp.confirmedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row?.user.active) return null;
  const hasSecondFactor = row.totpConfirmedAt !== null;
  return {
    sessionId,
    actor: actorOf(row.user, row.patientId, ip),
    hasSecondFactor,
    mustEnrolSecondFactor: !hasSecondFactor && isSecondFactorRequired(row.user.role),
  };
}

/** Sign-out: ends the session behind the cookie and audits it (once, however often it is replayed). */
export async function endSession(db: Database, sessionId: string, ip: string | null): Promise<void> {
  const userId = await revokeSession(db, sessionId);
  if (!userId) return;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  await recordAudit(db, { userId, email: user?.email ?? '', ip }, { action: 'auth.sign_out' });
}

/** "Sign out everywhere": ends every session of the acting user, this one included. */
export async function signOutEverywhere(db: Database, actor: Actor): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await revokeAllSessions(tx, actor.userId);
    await recordAudit(tx, actor, { action: 'auth.sign_out_everywhere', detail: { sessions: ended } });
    return ended;
  });
}
