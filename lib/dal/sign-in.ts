import { eq } from 'drizzle-orm';
import { patients, users, userTotp } from '@/db/schema';
import type { Database } from '@/db/types';
import { findTotp, spendSecondFactorCode, type SecondFactorUsed } from '../accounts/second-factor';
import { createSession } from '../accounts/sessions';
import { SESSION_MAX_AGE_SECONDS } from '../auth/session-lifetime';
import { isRole } from '../auth/permissions';
import { getDecoyHash, verifyPassword } from '../auth/password';
import { DEMO_PASSWORD, isProductionMode } from '../env';
import { normalizeEmail } from '../validation/accounts';
import { actorOf, type Actor } from './actor';
import { recordAudit } from './audit';
import { reserveSignInAttempt, settleSignInAttempt } from './sign-in-throttle';

export type SignInResult =
  | { ok: true; actor: Actor; sessionId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'otp_required' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a sign-in: throttles by account and by IP (reserved atomically in the
 * database, so every instance agrees and a burst gets no more checks than the
 * limit — lib/dal/sign-in-throttle.ts), verifies the argon2id hash and, for an account
 * with a second factor, the `otp` code (TOTP or recovery code); refuses
 * inactive accounts, audits the outcome, and records a server-side session
 * for a success. A wrong code counts as a failure like a wrong password.
 */
export async function authenticate(
  db: Database,
  input: { email: string; password: string; otp?: string; ip: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const anonymous = { userId: null, email, ip: input.ip };
  const [row] = await db
    .select({ user: users, patientId: patients.id, totp: userTotp })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(eq(users.email, email))
    .limit(1);
  const factor = row?.totp?.confirmedAt ? row.totp : null;
  const otp = input.otp?.trim() ?? '';
  // Asked before anything is checked, so the answer to a password alone never
  // says whether that password was right (README, "Two-step sign-in").
  // It checks nothing, so it takes no place in the throttle either.
  if (factor && !otp) return { ok: false, reason: 'otp_required' };

  const reservation = await reserveSignInAttempt(db, { email, ip: input.ip }, now);
  if (!reservation.ok) {
    await recordAudit(db, anonymous, { action: 'auth.sign_in_throttled' });
    return { ok: false, reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds };
  }

  const passwordMatches = await verifyPassword(row?.user.passwordHash ?? (await getDecoyHash()), input.password);
  // Seeded demo accounts must never be a way into a real deployment.
  const demoRefused = isProductionMode() && input.password === DEMO_PASSWORD;
  const eligible = Boolean(row && passwordMatches && !demoRefused && row.user.active && isRole(row.user.role));
  // A code is only checked (and a recovery code only spent) once the password is right.
  const secondFactor = factor && eligible ? await spendSecondFactorCode(db, factor, otp, now) : null;
  const succeeded = eligible && (!factor || secondFactor !== null);

  await settleSignInAttempt(db, reservation.attemptId, succeeded);
  if (!row || !succeeded) {
    await recordAudit(
      db,
      { ...anonymous, userId: row?.user.id ?? null },
      {
        action: 'auth.sign_in_failed',
        detail: { reason: failureReason(row?.user ?? null, passwordMatches, demoRefused) },
      },
    );
    return { ok: false, reason: 'invalid' };
  }

  const actor = actorOf(row.user, row.patientId, input.ip);
  const sessionId = await createSession(db, actor.userId, SESSION_MAX_AGE_SECONDS, now);
  await recordAudit(db, actor, {
    action: 'auth.sign_in',
    patientId: actor.patientId,
    ...(secondFactor ? { detail: { second_factor: secondFactor } } : {}),
  });
  return { ok: true, actor, sessionId };
}

/** Why a sign-in failed, for the audit log only: the caller is told nothing more than "invalid". */
function failureReason(user: { active: boolean } | null, passwordMatches: boolean, demoRefused: boolean): string {
  if (!user || !passwordMatches) return 'bad_credentials';
  if (demoRefused) return 'demo_password_refused';
  if (!user.active) return 'inactive';
  // The password was right: the second factor was not. Worth an administrator's attention.
  return 'bad_second_factor';
}

/** Checks a second-factor code (TOTP or recovery) for a user with a confirmed factor; spends it when valid. */
export async function verifySecondFactor(db: Database, userId: string, code: string): Promise<SecondFactorUsed | null> {
  const row = await findTotp(db, userId);
  return row ? spendSecondFactorCode(db, row, code) : null;
}
