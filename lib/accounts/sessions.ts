import { and, eq, isNull, lt } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import type { Database } from '@/db/types';

/**
 * Server-side session records (see ARCHITECTURE.md, "Sessions"). No
 * authorization here: the sign-in, sign-out and account data-layer functions
 * call these inside their own checks.
 */

/** Records a new session for a user and returns its id (the cookie's `sid`). */
export async function createSession(
  db: Database,
  userId: string,
  lifetimeSeconds: number,
  now = new Date(),
): Promise<string> {
  // Rows of this user's sessions that have run out are no use to anyone: drop them as we go.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  const [row] = await db
    .insert(sessions)
    .values({ userId, createdAt: now, expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000) })
    .returning({ id: sessions.id });
  return row!.id;
}

/** Ends one session; returns its user when it was live until now. */
export async function revokeSession(db: Database, sessionId: string, now = new Date()): Promise<string | null> {
  const [row] = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ userId: sessions.userId });
  return row?.userId ?? null;
}

/** Ends every live session of a user; returns how many there were. */
export async function revokeAllSessions(db: Database, userId: string, now = new Date()): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}
