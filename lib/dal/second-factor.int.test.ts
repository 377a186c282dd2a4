import { generate } from 'otplib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, userTotp } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor, FIXTURE_PASSWORD } from '@/lib/testing/fixtures';
import type { Actor } from './actor';
import {
  beginEnrolment,
  confirmEnrolment,
  disableOwnSecondFactor,
  regenerateRecoveryCodes,
  resetUserSecondFactor,
  viewOwnSecondFactor,
} from './second-factor';
import { findLiveSession } from './sessions';
import { authenticate } from './sign-in';
import { MAX_FAILURES_PER_ACCOUNT } from './sign-in-throttle';

/** The code an authenticator shows `steps` 30-second steps from now. */
const codeFor = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

describe.each(testDatabases())('second factor on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  beforeAll(async () => {
    vi.stubEnv('AUTH_SECRET', 'integration-test-secret-0123456789abcdef');
    handle = await open();
    admin = await createActor(handle.db, 'admin');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await handle.close();
  });
  afterEach(() => {
    vi.stubEnv('MFA_REQUIRED_ROLES', undefined);
  });

  /** A clinician with a confirmed factor; returns the secret and the recovery codes. */
  async function enrolled(): Promise<{ clinician: Actor; secret: string; codes: string[] }> {
    const clinician = await createActor(handle.db, 'clinician');
    await beginEnrolment(handle.db, clinician, '');
    const view = await viewOwnSecondFactor(handle.db, clinician);
    const secret = view!.pending!.secret;
    const codes = await confirmEnrolment(handle.db, clinician, await codeFor(secret));
    return { clinician, secret, codes };
  }

  const signIn = (actor: Actor, otp?: string, password = FIXTURE_PASSWORD) =>
    authenticate(handle.db, { email: actor.email, password, otp, ip: `10.7.${Math.floor(Math.random() * 250)}.1` });

  it('enrols with a QR code and one valid code; the secret is stored encrypted; ten recovery codes', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    await beginEnrolment(handle.db, clinician, '');
    const view = await viewOwnSecondFactor(handle.db, clinician);
    expect(view).toMatchObject({ enrolledAt: null, pending: { secret: expect.stringMatching(/^[A-Z2-7]+$/) } });
    expect(view!.pending!.qrSvg).toMatch(/^<svg/);
    const secret = view!.pending!.secret;
    const [row] = await handle.db.select().from(userTotp).where(eq(userTotp.userId, clinician.userId));
    expect(row!.pendingSecret).not.toContain(secret);

    await expect(
      confirmEnrolment(handle.db, clinician, '000000' === (await codeFor(secret)) ? '111111' : '000000'),
    ).rejects.toThrow(ValidationError);
    const codes = await confirmEnrolment(handle.db, clinician, await codeFor(secret));
    expect(codes).toHaveLength(10);
    expect(await viewOwnSecondFactor(handle.db, clinician)).toMatchObject({
      enrolledAt: expect.any(Date),
      recoveryCodesLeft: 10,
      pending: null,
    });
    const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, clinician.userId));
    expect(audit.map((event) => event.action)).toContain('mfa.enrolled');
  });

  it('patients have no second-factor section', async () => {
    const patient = await createActor(handle.db, 'patient');
    expect(await viewOwnSecondFactor(handle.db, patient)).toBeNull();
  });

  it('asks for the code before checking the password, then needs both; a code signs in once', async () => {
    const { clinician, secret } = await enrolled();
    expect(await signIn(clinician)).toEqual({ ok: false, reason: 'otp_required' });
    expect(await signIn(clinician, undefined, 'a wrong password')).toEqual({ ok: false, reason: 'otp_required' });
    expect(await signIn(clinician, await codeFor(secret, 1), 'a wrong password')).toEqual({
      ok: false,
      reason: 'invalid',
    });

    const code = await codeFor(secret, 1);
    expect(await signIn(clinician, code)).toMatchObject({ ok: true, actor: { userId: clinician.userId } });
    expect(await signIn(clinician, code)).toEqual({ ok: false, reason: 'invalid' });
    const reasons = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, clinician.userId), eq(auditEvents.action, 'auth.sign_in_failed')));
    expect(reasons.map((event) => (event.detail as { reason: string }).reason).sort()).toEqual([
      'bad_credentials',
      'bad_second_factor',
    ]);
  });

  it('wrong codes count toward the account throttle like wrong passwords', async () => {
    const { clinician, secret } = await enrolled();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect(await signIn(clinician, `${(attempt + 1) % 10}`.repeat(6))).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await signIn(clinician, await codeFor(secret, 1))).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('a recovery code signs in once, even when sent five times at once', async () => {
    const { clinician, codes } = await enrolled();
    const results = await Promise.all(Array.from({ length: 5 }, () => signIn(clinician, codes[0]!.toUpperCase())));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await viewOwnSecondFactor(handle.db, clinician)).toMatchObject({ recoveryCodesLeft: 9 });
    expect((await signIn(clinician, codes[1]!)).ok).toBe(true);
  });

  it('new recovery codes need a current code and replace the old ones', async () => {
    const { clinician, secret, codes } = await enrolled();
    await expect(regenerateRecoveryCodes(handle.db, clinician, '12345')).rejects.toThrow(ValidationError);
    const fresh = await regenerateRecoveryCodes(handle.db, clinician, await codeFor(secret, 1));
    expect(fresh).toHaveLength(10);
    expect(await signIn(clinician, codes[2]!)).toEqual({ ok: false, reason: 'invalid' });
    expect((await signIn(clinician, fresh[0]!)).ok).toBe(true);
  });

  it('turning it off needs a current code, and is refused where the role requires it', async () => {
    const { clinician, secret, codes } = await enrolled();
    vi.stubEnv('MFA_REQUIRED_ROLES', 'clinician');
    await expect(disableOwnSecondFactor(handle.db, clinician, codes[0]!)).rejects.toThrow(ForbiddenError);
    vi.stubEnv('MFA_REQUIRED_ROLES', '');
    await expect(disableOwnSecondFactor(handle.db, clinician, 'nope')).rejects.toThrow(ValidationError);
    await disableOwnSecondFactor(handle.db, clinician, await codeFor(secret, 1));
    expect(await viewOwnSecondFactor(handle.db, clinician)).toMatchObject({ enrolledAt: null, recoveryCodesLeft: 0 });
    expect((await signIn(clinician)).ok).toBe(true);
  });

  it('re-enrolling needs a current code and keeps the old factor until the new one is confirmed', async () => {
    const { clinician, secret } = await enrolled();
    await expect(beginEnrolment(handle.db, clinician, '')).rejects.toThrow(ValidationError);
    await beginEnrolment(handle.db, clinician, await codeFor(secret, 1));
    const view = await viewOwnSecondFactor(handle.db, clinician);
    expect(view).toMatchObject({ enrolledAt: expect.any(Date), pending: { secret: expect.any(String) } });
    expect(view!.pending!.secret).not.toBe(secret);
    const newSecret = view!.pending!.secret;
    await confirmEnrolment(handle.db, clinician, await codeFor(newSecret));
    expect((await signIn(clinician, await codeFor(newSecret, 1))).ok).toBe(true);
  });

  it('an administrator resets a second factor: it is gone, sessions end, and it is audited', async () => {
    const { clinician, secret } = await enrolled();
    const result = await signIn(clinician, await codeFor(secret, 1));
    if (!result.ok) throw new Error('sign-in failed');
    await expect(resetUserSecondFactor(handle.db, clinician, admin.userId)).rejects.toThrow(ForbiddenError);
    await expect(resetUserSecondFactor(handle.db, admin, admin.userId)).rejects.toThrow(ForbiddenError);

    expect(await resetUserSecondFactor(handle.db, admin, clinician.userId)).toEqual({ had_second_factor: true });
    expect(await findLiveSession(handle.db, result.sessionId, null)).toBeNull();
    expect((await signIn(clinician)).ok).toBe(true);
    const audit = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, clinician.userId), eq(auditEvents.action, 'user.second_factor_reset')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: admin.userId, detail: { had_second_factor: true } });
  });
});
