import { and, count, eq, gte, min, sql } from 'drizzle-orm';
import { signInAttempts } from '@/db/schema';
import type { Database } from '@/db/types';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Higher than per account: a clinic's staff may share one public address. */
export const MAX_FAILURES_PER_IP = 30;

/**
 * Key spaces for the transaction-scoped advisory locks (the two-integer form,
 * which never meets the single-bigint keys such as the migration lock).
 */
const ACCOUNT_LOCK_SPACE = 0x5349_4e01;
const IP_LOCK_SPACE = 0x5349_4e02;

export type Reservation = { ok: true; attemptId: number } | { ok: false; retryAfterSeconds: number };

/**
 * Reserves one password (or code) check for an account from an address, or
 * says how long to wait (README, "Sign-in throttling").
 *
 * In one transaction it takes an advisory lock on the account and then on the
 * address (always in that order, so two reservations never wait on each other
 * in a cycle), counts the failures in the window, and, when both are under
 * their limit, records the attempt. The attempt is recorded as failed until
 * {@link settleSignInAttempt} says otherwise: a check still in flight counts
 * against the limit, so however many requests arrive at once, no more than
 * the limit get past this point; and one whose process died before settling
 * simply stays a failure until it leaves the window.
 */
export async function reserveSignInAttempt(
  db: Database,
  who: { email: string; ip: string },
  now = new Date(),
): Promise<Reservation> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ACCOUNT_LOCK_SPACE}::int, hashtext(${who.email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${IP_LOCK_SPACE}::int, hashtext(${who.ip}))`);
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const failedSince = and(eq(signInAttempts.succeeded, false), gte(signInAttempts.attemptedAt, since));
    // One after the other: a transaction's queries share its one connection.
    const [byEmail] = await tx
      .select({ failures: count(), oldest: min(signInAttempts.attemptedAt) })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, who.email), failedSince));
    const [byIp] = await tx
      .select({ failures: count(), oldest: min(signInAttempts.attemptedAt) })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.ip, who.ip), failedSince));
    const retryAfterSeconds = Math.max(
      waitFor(byEmail, MAX_FAILURES_PER_ACCOUNT, now),
      waitFor(byIp, MAX_FAILURES_PER_IP, now),
    );
    if (retryAfterSeconds > 0) return { ok: false, retryAfterSeconds };
    const [row] = await tx
      .insert(signInAttempts)
      .values({ email: who.email, ip: who.ip, succeeded: false, attemptedAt: now })
      .returning({ id: signInAttempts.id });
    if (!row) throw new Error('recording a sign-in attempt returned no row');
    return { ok: true, attemptId: row.id };
  });
}

/** Records the outcome of a reserved check; only a success changes the row (it was a failure until now). */
export async function settleSignInAttempt(db: Database, attemptId: number, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

/** Seconds until the oldest failure in the window leaves it, once `limit` failures are in it; 0 below the limit. */
function waitFor(
  row: { failures: number; oldest: Date | string | null } | undefined,
  limit: number,
  now: Date,
): number {
  if (!row || row.failures < limit || !row.oldest) return 0;
  const oldest = new Date(row.oldest).getTime();
  const until = oldest + THROTTLE_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}
