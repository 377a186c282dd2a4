import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { recoveryCodes, userTotp, type UserTotp } from '@/db/schema';
import type { Database } from '@/db/types';
import { hashRecoveryCode, newRecoveryCodes } from '../auth/recovery-codes';
import { openSecret, sealSecret } from '../auth/secret-box';
import { checkTotp, isTotpShaped, newTotpSecret } from '../auth/totp';

/**
 * The steps of a TOTP second factor and its recovery codes. No authorization
 * here: sign-in, the account security page and the admin reset (lib/dal) call
 * these inside their own checks.
 */

export async function findTotp(db: Database, userId: string): Promise<UserTotp | null> {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId)).limit(1);
  return row ?? null;
}

/** Starts an enrolment: a new secret waits for its first code; a confirmed factor keeps working meanwhile. */
export async function startTotpEnrolment(db: Database, userId: string, now = new Date()): Promise<string> {
  const secret = newTotpSecret();
  const pending = { pendingSecret: sealSecret(secret, userId), pendingCreatedAt: now, updatedAt: now };
  await db
    .insert(userTotp)
    .values({ userId, ...pending })
    .onConflictDoUpdate({ target: userTotp.userId, set: pending });
  return secret;
}

/** The secret of the enrolment in progress, for the QR code; null when there is none. */
export function pendingSecretOf(row: UserTotp | null): string | null {
  return row?.pendingSecret ? openSecret(row.pendingSecret, row.userId) : null;
}

/**
 * Confirms the enrolment in progress with a code from the new secret: it
 * becomes the factor, and ten new recovery codes replace any old ones.
 * Returns the codes (shown once), or null when the code does not match.
 */
export async function confirmTotpEnrolment(
  db: Database,
  userId: string,
  code: string,
  now = new Date(),
): Promise<string[] | null> {
  const row = await findTotp(db, userId);
  const secret = pendingSecretOf(row);
  if (!row?.pendingSecret || !secret) return null;
  const check = await checkTotp(secret, code, { now });
  if (!check.valid) return null;
  return db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(userTotp)
      .set({
        secret: row.pendingSecret,
        confirmedAt: now,
        pendingSecret: null,
        pendingCreatedAt: null,
        lastTimeStep: check.timeStep,
        updatedAt: now,
      })
      // Two confirmations racing: only the one that still sees this pending secret wins.
      .where(and(eq(userTotp.userId, userId), eq(userTotp.pendingSecret, row.pendingSecret!)))
      .returning({ userId: userTotp.userId });
    if (!confirmed) return null;
    return replaceRecoveryCodes(tx, userId, now);
  });
}

/** Ten new recovery codes; the old ones stop working. Returns them in plain text, once. */
export async function replaceRecoveryCodes(db: Database, userId: string, now = new Date()): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code), createdAt: now })));
  return codes;
}

/** How many recovery codes are still unused. */
export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.count ?? 0;
}

export type SecondFactorUsed = 'totp' | 'recovery_code';

/**
 * Checks a code against a confirmed factor: a six-digit TOTP code (each time
 * step accepted once), or an unused recovery code (spent by this call). Both
 * are single atomic updates, so two requests cannot spend the same code.
 */
export async function spendSecondFactorCode(
  db: Database,
  row: UserTotp,
  code: string,
  now = new Date(),
): Promise<SecondFactorUsed | null> {
  if (!row.secret || !row.confirmedAt) return null;
  if (isTotpShaped(code)) {
    const check = await checkTotp(openSecret(row.secret, row.userId), code, { afterTimeStep: row.lastTimeStep, now });
    if (!check.valid) return null;
    const [accepted] = await db
      .update(userTotp)
      .set({ lastTimeStep: check.timeStep })
      .where(
        and(
          eq(userTotp.userId, row.userId),
          or(isNull(userTotp.lastTimeStep), lt(userTotp.lastTimeStep, check.timeStep)),
        ),
      )
      .returning({ userId: userTotp.userId });
    return accepted ? 'totp' : null;
  }
  const [spent] = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, row.userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent ? 'recovery_code' : null;
}

/** Removes the second factor and its recovery codes; returns whether there was a confirmed one. */
export async function removeSecondFactor(db: Database, userId: string): Promise<boolean> {
  const [removed] = await db
    .delete(userTotp)
    .where(eq(userTotp.userId, userId))
    .returning({ confirmedAt: userTotp.confirmedAt });
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return Boolean(removed?.confirmedAt);
}
