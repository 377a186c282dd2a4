import { generate } from 'otplib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/types';
import { ThrottledError, ValidationError } from '@/lib/errors';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor, FIXTURE_PASSWORD } from '@/lib/testing/fixtures';
import { spendSecondFactorCode } from '../accounts/second-factor';
import { verifyPassword } from '../auth/password';
import { beginEnrolment, confirmEnrolment, regenerateRecoveryCodes, viewOwnSecondFactor } from './second-factor';
import { authenticate } from './sign-in';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  reserveSignInAttempt,
  settleSignInAttempt,
} from './sign-in-throttle';

// Every argon2id and second-factor check is counted: the throttle's promise is about checks, not answers.
vi.mock('../auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../auth/password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
vi.mock('../accounts/second-factor', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../accounts/second-factor')>();
  return { ...actual, spendSecondFactorCode: vi.fn(actual.spendSecondFactorCode) };
});

/** What each burst measured, printed at the end so a run reports the counts per database. */
const measured: string[] = [];

describe.each(testDatabases())('sign-in throttle under concurrency on $name', ({ name, open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    vi.stubEnv('AUTH_SECRET', 'integration-test-secret-0123456789abcdef');
    handle = await open();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await handle.close();
    console.log(measured.splice(0).join('\n'));
  });
  beforeEach(() => {
    vi.mocked(verifyPassword).mockClear();
    vi.mocked(spendSecondFactorCode).mockClear();
  });

  it('25 wrong passwords at once for one account get at most 5 password checks', async () => {
    const patient = await createActor(handle.db, 'patient');
    vi.mocked(verifyPassword).mockClear();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        authenticate(handle.db, { email: patient.email, password: `wrong-${i}`, ip: `10.20.${i}.1` }),
      ),
    );
    const checks = vi.mocked(verifyPassword).mock.calls.length;
    measured.push(`[${name}] 25 concurrent wrong passwords, one account: ${checks} password checks`);
    expect(checks).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(checks);
    expect(results.filter((result) => !result.ok && result.reason === 'throttled')).toHaveLength(25 - checks);
    // The right password is refused too until the window passes.
    const right = await authenticate(handle.db, { email: patient.email, password: FIXTURE_PASSWORD, ip: '10.21.0.1' });
    expect(right).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('40 attempts at once across 40 accounts from one address get at most 30 checks', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        authenticate(handle.db, { email: `spray-${name}-${i}@test.example`, password: 'Summer2026!', ip: '10.30.0.1' }),
      ),
    );
    const checks = vi.mocked(verifyPassword).mock.calls.length;
    measured.push(`[${name}] 40 concurrent attempts, 40 accounts, one address: ${checks} password checks`);
    expect(checks).toBeLessThanOrEqual(MAX_FAILURES_PER_IP);
    expect(results.filter((result) => !result.ok && result.reason === 'throttled')).toHaveLength(40 - checks);
  });

  it('25 wrong current codes at once on the security page get at most 5 code checks', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    await beginEnrolment(handle.db, clinician, '');
    const secret = (await viewOwnSecondFactor(handle.db, clinician))!.pending!.secret;
    await confirmEnrolment(handle.db, clinician, await generate({ secret }));
    vi.mocked(spendSecondFactorCode).mockClear();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) =>
        regenerateRecoveryCodes(handle.db, { ...clinician, ip: `10.40.${i}.1` }, `wrong-${i}`),
      ),
    );
    const checks = vi.mocked(spendSecondFactorCode).mock.calls.length;
    measured.push(`[${name}] 25 concurrent wrong current codes, one account: ${checks} code checks`);
    expect(checks).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    const reasons = outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason : null));
    expect(reasons.filter((reason) => reason instanceof ValidationError)).toHaveLength(checks);
    expect(reasons.filter((reason) => reason instanceof ThrottledError)).toHaveLength(25 - checks);
  });

  it('a check still in flight counts as a failure; a settled success does not', async () => {
    const who = { email: `pending-${name}@test.example`, ip: '10.50.0.1' };
    const start = new Date('2026-03-01T10:00:00Z');
    const first = await reserveSignInAttempt(handle.db, who, start);
    if (!first.ok) throw new Error('the first reservation was refused');
    await settleSignInAttempt(handle.db, first.attemptId, true);
    // Never settled, as when the process dies mid-check: each keeps its place for the whole window.
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      expect(await reserveSignInAttempt(handle.db, who, start)).toMatchObject({ ok: true });
    }
    const blocked = await reserveSignInAttempt(handle.db, who, new Date(start.getTime() + 60_000));
    expect(blocked).toEqual({ ok: false, retryAfterSeconds: 14 * 60 });
    const afterWindow = await reserveSignInAttempt(handle.db, who, new Date(start.getTime() + 15 * 60_000 + 1));
    expect(afterWindow).toMatchObject({ ok: true });
  });

  it('asking for the second code takes no place in the throttle', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    await beginEnrolment(handle.db, clinician, '');
    const secret = (await viewOwnSecondFactor(handle.db, clinician))!.pending!.secret;
    await confirmEnrolment(handle.db, clinician, await generate({ secret }));
    vi.mocked(verifyPassword).mockClear();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 2; i += 1) {
      const result = await authenticate(handle.db, { email: clinician.email, password: 'wrong', ip: '10.60.0.1' });
      expect(result).toEqual({ ok: false, reason: 'otp_required' });
    }
    expect(vi.mocked(verifyPassword)).not.toHaveBeenCalled();
  });
});
