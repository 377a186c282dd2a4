import { and, count, eq, gte, min } from 'drizzle-orm';
import { patients, signInAttempts, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { createSession } from '../accounts/sessions';
import { SESSION_MAX_AGE_SECONDS } from '../auth/session-lifetime';
import { isRole } from '../auth/permissions';
import { getDecoyHash, verifyPassword } from '../auth/password';
import { DEMO_PASSWORD, isProductionMode } from '../env';
import { normalizeEmail } from '../validation/accounts';
import type { Actor } from './actor';
import { recordAudit } from './audit';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Higher than per account: a clinic's staff may share one public address. */
export const MAX_FAILURES_PER_IP = 30;

export type SignInResult =
  | { ok: true; actor: Actor; sessionId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a password sign-in: throttles by account and by IP (counted in the
 * database so every instance agrees), verifies the argon2id hash, refuses
 * inactive accounts, audits the outcome, and records a server-side session
 * for a success.
 */
export async function authenticate(
  db: Database,
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const anonymous = { userId: null, email, ip: input.ip };
  const retryAfterSeconds = await getThrottleWait(db, email, input.ip, now);
  if (retryAfterSeconds > 0) {
    await recordAudit(db, anonymous, { action: 'auth.sign_in_throttled' });
    return { ok: false, reason: 'throttled', retryAfterSeconds };
  }

  const [row] = await db
    .select({ user: users, patientId: patients.id })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(eq(users.email, email))
    .limit(1);
  const passwordMatches = await verifyPassword(row?.user.passwordHash ?? (await getDecoyHash()), input.password);
  // Seeded demo accounts must never be a way into a real deployment.
  const demoRefused = isProductionMode() && input.password === DEMO_PASSWORD;
  const succeeded = Boolean(row && passwordMatches && !demoRefused && row.user.active && isRole(row.user.role));

  await db.insert(signInAttempts).values({ email, ip: input.ip, succeeded, attemptedAt: now });
  if (!row || !succeeded) {
    const reason = !row || !passwordMatches ? 'bad_credentials' : demoRefused ? 'demo_password_refused' : 'inactive';
    await recordAudit(
      db,
      { ...anonymous, userId: row?.user.id ?? null },
      {
        action: 'auth.sign_in_failed',
        detail: { reason },
      },
    );
    return { ok: false, reason: 'invalid' };
  }

  const actor: Actor = {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    role: row.user.role,
    patientId: row.patientId,
    ip: input.ip,
  };
  const sessionId = await createSession(db, actor.userId, SESSION_MAX_AGE_SECONDS, now);
  await recordAudit(db, actor, { action: 'auth.sign_in', patientId: actor.patientId });
  return { ok: true, actor, sessionId };
}

/** Seconds until this email (or IP) may try again; 0 when it may now. */
export async function getThrottleWait(db: Database, email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const failedSince = and(eq(signInAttempts.succeeded, false), gte(signInAttempts.attemptedAt, since));
  const [byEmail, byIp] = await Promise.all([
    db
      .select({ failures: count(), oldest: min(signInAttempts.attemptedAt) })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, email), failedSince)),
    db
      .select({ failures: count(), oldest: min(signInAttempts.attemptedAt) })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.ip, ip), failedSince)),
  ]);
  const waits = [waitFor(byEmail[0], MAX_FAILURES_PER_ACCOUNT, now), waitFor(byIp[0], MAX_FAILURES_PER_IP, now)];
  return Math.max(...waits);
}

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
