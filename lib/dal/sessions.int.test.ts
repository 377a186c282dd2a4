import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { createSession } from '@/lib/accounts/sessions';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor, FIXTURE_PASSWORD } from '@/lib/testing/fixtures';
import { endSession, findLiveSession, signOutEverywhere } from './sessions';
import { authenticate } from './sign-in';

describe.each(testDatabases())('server-side sessions on $name', ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function signIn(email: string): Promise<string> {
    const result = await authenticate(handle.db, { email, password: FIXTURE_PASSWORD, ip: '10.9.0.1' });
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
    return result.sessionId;
  }

  it('a sign-in records a live session; signing out revokes it for good, audited once', async () => {
    const patient = await createActor(handle.db, 'patient');
    const sessionId = await signIn(patient.email);
    const live = await findLiveSession(handle.db, sessionId, '10.9.0.2');
    expect(live).toMatchObject({ sessionId, actor: { userId: patient.userId, ip: '10.9.0.2' } });

    await endSession(handle.db, sessionId, '10.9.0.2');
    await endSession(handle.db, sessionId, '10.9.0.2');
    expect(await findLiveSession(handle.db, sessionId, null)).toBeNull();
    const signOuts = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, patient.userId), eq(auditEvents.action, 'auth.sign_out')));
    expect(signOuts).toHaveLength(1);
  });

  it('sign out everywhere ends every session of that account and no other', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    const other = await createActor(handle.db, 'clinician');
    const mine = [await signIn(clinician.email), await signIn(clinician.email)];
    const theirs = await signIn(other.email);

    expect(await signOutEverywhere(handle.db, clinician)).toBe(2);
    for (const sessionId of mine) expect(await findLiveSession(handle.db, sessionId, null)).toBeNull();
    expect(await findLiveSession(handle.db, theirs, null)).not.toBeNull();
  });

  it('a session past its lifetime, or of a deactivated account, is not live', async () => {
    const patient = await createActor(handle.db, 'patient');
    const start = new Date('2026-03-01T08:00:00Z');
    const sessionId = await createSession(handle.db, patient.userId, 12 * 3600, start);
    expect(await findLiveSession(handle.db, sessionId, null, new Date('2026-03-01T19:59:00Z'))).not.toBeNull();
    expect(await findLiveSession(handle.db, sessionId, null, new Date('2026-03-01T20:00:01Z'))).toBeNull();

    const fresh = await createSession(handle.db, patient.userId, 3600);
    await handle.db.update(users).set({ active: false }).where(eq(users.id, patient.userId));
    expect(await findLiveSession(handle.db, fresh, null)).toBeNull();
  });

  it('an unknown session id is not live', async () => {
    expect(await findLiveSession(handle.db, '00000000-0000-4000-8000-000000000000', null)).toBeNull();
  });

  it('a role that requires a second factor, signed in without one, may only enrol', async () => {
    vi.stubEnv('MFA_REQUIRED_ROLES', 'clinician');
    const clinician = await createActor(handle.db, 'clinician');
    const patient = await createActor(handle.db, 'patient');
    const clinicianSession = await findLiveSession(handle.db, await signIn(clinician.email), null);
    const patientSession = await findLiveSession(handle.db, await signIn(patient.email), null);
    expect(clinicianSession).toMatchObject({ hasSecondFactor: false, mustEnrolSecondFactor: true });
    expect(patientSession).toMatchObject({ hasSecondFactor: false, mustEnrolSecondFactor: false });
  });
});
