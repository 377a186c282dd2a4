import 'server-only';
import type { Database } from '@/db/types';
import { revokeAllSessions } from '../accounts/sessions';
import {
  confirmTotpEnrolment,
  countUnusedRecoveryCodes,
  findTotp,
  pendingSecretOf,
  removeSecondFactor,
  replaceRecoveryCodes,
  startTotpEnrolment,
} from '../accounts/second-factor';
import { can } from '../auth/permissions';
import { isSecondFactorRequired } from '../auth/second-factor-policy';
import { totpUri } from '../auth/totp';
import { totpQrSvg } from '../auth/totp-qr';
import { ForbiddenError, ThrottledError, ValidationError } from '../errors';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { verifySecondFactor } from './sign-in';
import { reserveSignInAttempt, settleSignInAttempt } from './sign-in-throttle';
import { findUser } from './users';

/** What the account security page shows about the actor's own second factor. */
export interface SecondFactorView {
  required: boolean;
  enrolledAt: Date | null;
  recoveryCodesLeft: number;
  /** An enrolment waiting for its first code: the secret as text and the QR code (SVG) carrying it. */
  pending: { secret: string; qrSvg: string } | null;
}

export async function viewOwnSecondFactor(db: Database, actor: Actor): Promise<SecondFactorView | null> {
  if (!can(actor.role, 'second-factor:own')) return null;
  const row = await findTotp(db, actor.userId);
  const secret = pendingSecretOf(row);
  return {
    required: isSecondFactorRequired(actor.role),
    enrolledAt: row?.confirmedAt ?? null,
    recoveryCodesLeft: row?.confirmedAt ? await countUnusedRecoveryCodes(db, actor.userId) : 0,
    pending: secret ? { secret, qrSvg: await totpQrSvg(totpUri(secret, actor.email)) } : null,
  };
}

/**
 * Starts (re-)enrolment. Replacing a confirmed factor first needs a current
 * code from it (or a recovery code), so a stolen session cannot swap it out.
 */
export async function beginEnrolment(db: Database, actor: Actor, currentCode: string): Promise<void> {
  assertCan(actor, 'second-factor:own');
  const row = await findTotp(db, actor.userId);
  if (row?.confirmedAt) await requireCurrentCode(db, actor, currentCode);
  await startTotpEnrolment(db, actor.userId);
}

/** Confirms the enrolment with a code from the new secret; returns the ten recovery codes (shown once). */
export async function confirmEnrolment(db: Database, actor: Actor, code: string): Promise<string[]> {
  assertCan(actor, 'second-factor:own');
  const codes = await confirmTotpEnrolment(db, actor.userId, code);
  if (!codes) {
    throw new ValidationError('That code does not match. Check the time on your phone and try the newest code.', {
      code: 'Enter the 6-digit code your app shows now.',
    });
  }
  await recordAudit(db, actor, { action: 'mfa.enrolled' });
  return codes;
}

/** Turns the second factor off — refused while the role requires one. */
export async function disableOwnSecondFactor(db: Database, actor: Actor, currentCode: string): Promise<void> {
  assertCan(actor, 'second-factor:own');
  if (isSecondFactorRequired(actor.role)) {
    throw new ForbiddenError('Your role must use two-step sign-in. Set up a new authenticator instead.');
  }
  await requireCurrentCode(db, actor, currentCode);
  await db.transaction(async (tx) => {
    await removeSecondFactor(tx, actor.userId);
    await recordAudit(tx, actor, { action: 'mfa.disabled' });
  });
}

/** Ten new recovery codes in place of the old ones; needs a current code. */
export async function regenerateRecoveryCodes(db: Database, actor: Actor, currentCode: string): Promise<string[]> {
  assertCan(actor, 'second-factor:own');
  await requireCurrentCode(db, actor, currentCode);
  return db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, actor, { action: 'mfa.recovery_codes_replaced' });
    return codes;
  });
}

/** Whether an account has a confirmed second factor, for its administration page. */
export async function viewUserSecondFactor(
  db: Database,
  actor: Actor,
  userId: string,
): Promise<{ enrolledAt: Date | null }> {
  const user = await findUser(db, actor, userId);
  const row = await findTotp(db, user.id);
  return { enrolledAt: row?.confirmedAt ?? null };
}

/**
 * An administrator removes an account's second factor (a lost phone): the
 * factor, its recovery codes and every session of the account go, and the
 * next sign-in is by password (followed by enrolment where the role requires
 * it). Not for one's own account: that is changed on the security page.
 */
export async function resetUserSecondFactor(
  db: Database,
  actor: Actor,
  userId: string,
): Promise<{ had_second_factor: boolean }> {
  assertCan(actor, 'users:manage');
  const user = await findUser(db, actor, userId);
  if (user.id === actor.userId) {
    throw new ForbiddenError('Change your own second factor on the account security page.');
  }
  return db.transaction(async (tx) => {
    const hadSecondFactor = await removeSecondFactor(tx, user.id);
    await revokeAllSessions(tx, user.id);
    await recordAudit(tx, actor, {
      action: 'user.second_factor_reset',
      targetId: user.id,
      patientId: user.patient_id,
      detail: { had_second_factor: hadSecondFactor },
    });
    return { had_second_factor: hadSecondFactor };
  });
}

/**
 * A current code from the actor's factor. Each check takes a place in the
 * same throttle as sign-ins (lib/dal/sign-in-throttle.ts) and a wrong code
 * keeps it, so a stolen session cannot guess its way to turning the factor
 * off, not even with many requests at once.
 */
async function requireCurrentCode(db: Database, actor: Actor, code: string): Promise<void> {
  const reservation = await reserveSignInAttempt(db, { email: actor.email, ip: actor.ip ?? 'unknown' });
  if (!reservation.ok) {
    throw new ThrottledError('Too many wrong codes. Wait 15 minutes, then try again.', reservation.retryAfterSeconds);
  }
  const used = await verifySecondFactor(db, actor.userId, code);
  await settleSignInAttempt(db, reservation.attemptId, used !== null);
  if (used) return;
  await recordAudit(db, actor, { action: 'mfa.code_refused' });
  throw new ValidationError('That code is not right.', {
    currentCode: 'Enter the code your authenticator app shows now, or an unused recovery code.',
  });
}
