import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { eq } from 'drizzle-orm';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor, FIXTURE_PASSWORD } from '@/lib/testing/fixtures';
import { authenticate } from './sign-in';
import { MAX_FAILURES_PER_ACCOUNT } from './sign-in-throttle';

describe.each(testDatabases())('sign-in on $name', ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('accepts the right password, case-insensitive email, and audits it', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    const result = await authenticate(handle.db, {
      email: ` ${clinician.email.toUpperCase()} `,
      password: FIXTURE_PASSWORD,
      ip: '10.0.0.1',
    });
    expect(result).toMatchObject({ ok: true, actor: { userId: clinician.userId, role: 'clinician' } });
    const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, clinician.userId));
    expect(audit.map((row) => row.action)).toContain('auth.sign_in');
  });

  it('refuses a wrong password and an unknown email alike, auditing both', async () => {
    const patient = await createActor(handle.db, 'patient');
    const wrong = await authenticate(handle.db, { email: patient.email, password: 'not-the-password', ip: '10.0.0.2' });
    const unknown = await authenticate(handle.db, {
      email: 'nobody@test.example',
      password: 'whatever',
      ip: '10.0.0.2',
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    const failures = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.sign_in_failed'));
    expect(failures.map((row) => row.actorEmail)).toEqual(
      expect.arrayContaining([patient.email, 'nobody@test.example']),
    );
  });

  it('refuses a deactivated account even with the right password', async () => {
    const patient = await createActor(handle.db, 'patient');
    await handle.db.update(users).set({ active: false }).where(eq(users.id, patient.userId));
    const result = await authenticate(handle.db, { email: patient.email, password: FIXTURE_PASSWORD, ip: '10.0.0.3' });
    expect(result).toEqual({ ok: false, reason: 'invalid' });
  });

  it('throttles the account after five failures, even for the right password, for fifteen minutes', async () => {
    const patient = await createActor(handle.db, 'patient');
    const start = new Date('2026-01-01T10:00:00Z');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      const result = await authenticate(
        handle.db,
        { email: patient.email, password: 'wrong-one', ip: `10.1.0.${i}` },
        start,
      );
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    const sixth = await authenticate(
      handle.db,
      { email: patient.email, password: FIXTURE_PASSWORD, ip: '10.1.1.1' },
      start,
    );
    expect(sixth).toMatchObject({ ok: false, reason: 'throttled' });
    expect(sixth.ok === false && sixth.reason === 'throttled' && sixth.retryAfterSeconds).toBeGreaterThan(800);

    const later = new Date(start.getTime() + 16 * 60_000);
    const afterWindow = await authenticate(
      handle.db,
      { email: patient.email, password: FIXTURE_PASSWORD, ip: '10.1.1.1' },
      later,
    );
    expect(afterWindow.ok).toBe(true);
  });

  it('throttles one address that fails across many accounts', async () => {
    const start = new Date('2026-02-01T10:00:00Z');
    for (let i = 0; i < 30; i += 1) {
      await authenticate(handle.db, { email: `spray-${i}@test.example`, password: 'x', ip: '10.9.9.9' }, start);
    }
    const patient = await createActor(handle.db, 'patient');
    const fromThatIp = await authenticate(
      handle.db,
      { email: patient.email, password: FIXTURE_PASSWORD, ip: '10.9.9.9' },
      start,
    );
    const fromElsewhere = await authenticate(
      handle.db,
      { email: patient.email, password: FIXTURE_PASSWORD, ip: '10.9.9.8' },
      start,
    );
    expect(fromThatIp).toMatchObject({ ok: false, reason: 'throttled' });
    expect(fromElsewhere.ok).toBe(true);
  });
});
