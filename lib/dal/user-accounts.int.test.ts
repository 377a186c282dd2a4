import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, patients, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { verifyPassword } from '@/lib/auth/password';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor } from '@/lib/testing/fixtures';
import type { Actor } from './actor';
import { createSession } from '@/lib/accounts/sessions';
import { findLiveSession } from './sessions';
import { createUser, resetUserPassword, setUserActive } from './user-accounts';
import { findUser, listUsers, USERS_PAGE_SIZE, viewUser } from './users';

const PASSWORD = 'violet kettle marches';
let sequence = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${(sequence += 1)}-${Date.now()}@accounts.test`;

describe.each(testDatabases())('account administration on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  beforeAll(async () => {
    handle = await open();
    admin = await createActor(handle.db, 'admin');
  });
  afterAll(async () => {
    await handle.close();
  });

  async function auditFor(targetId: string) {
    return handle.db.select().from(auditEvents).where(eq(auditEvents.targetId, targetId));
  }

  it('creates a patient with a patient record, hashing the password and auditing it', async () => {
    const email = uniqueEmail('new-patient');
    const created = await createUser(handle.db, admin, {
      email,
      name: 'New Patient',
      role: 'patient',
      password: PASSWORD,
    });
    expect(created.patient_id).toEqual(expect.any(String));
    const [row] = await handle.db.select().from(users).where(eq(users.id, created.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.passwordHash, PASSWORD)).toBe(true);
    const [record] = await handle.db.select().from(patients).where(eq(patients.userId, created.id));
    expect(record?.id).toBe(created.patient_id);
    const audit = await auditFor(created.id);
    expect(audit).toMatchObject([
      {
        action: 'user.create',
        actorUserId: admin.userId,
        patientId: created.patient_id,
        detail: { email, role: 'patient' },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });

  it('creates clinicians and admins without a patient record', async () => {
    const clinician = await createUser(handle.db, admin, {
      email: uniqueEmail('clin'),
      name: 'Dr Clinician',
      role: 'clinician',
      password: PASSWORD,
    });
    expect(clinician.patient_id).toBeNull();
  });

  it('answers 409 for an email that exists', async () => {
    const email = uniqueEmail('dup');
    await createUser(handle.db, admin, { email, name: 'First', role: 'admin', password: PASSWORD });
    await expect(
      createUser(handle.db, admin, { email, name: 'Second', role: 'admin', password: PASSWORD }),
    ).rejects.toThrow(ConflictError);
  });

  it('refuses every account action to other roles', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    const patient = await createActor(handle.db, 'patient');
    await expect(listUsers(handle.db, clinician)).rejects.toThrow(ForbiddenError);
    await expect(
      createUser(handle.db, patient, { email: uniqueEmail('x'), name: 'X', role: 'admin', password: PASSWORD }),
    ).rejects.toThrow(ForbiddenError);
    await expect(setUserActive(handle.db, clinician, patient.userId, false)).rejects.toThrow(ForbiddenError);
    await expect(resetUserPassword(handle.db, patient, patient.userId, PASSWORD)).rejects.toThrow(ForbiddenError);
  });

  it('deactivates: ends sessions, audits once, and refuses to deactivate oneself', async () => {
    const patient = await createActor(handle.db, 'patient');
    const sessionIds = [
      await createSession(handle.db, patient.userId, 3600),
      await createSession(handle.db, patient.userId, 3600),
    ];
    const result = await setUserActive(handle.db, admin, patient.userId, false);
    expect(result.active).toBe(false);
    const [row] = await handle.db.select().from(users).where(eq(users.id, patient.userId));
    expect(row?.active).toBe(false);
    await setUserActive(handle.db, admin, patient.userId, false);
    expect((await auditFor(patient.userId)).map((event) => event.action)).toEqual(['user.deactivate']);

    await setUserActive(handle.db, admin, patient.userId, true);
    expect((await findUser(handle.db, admin, patient.userId)).active).toBe(true);
    expect((await auditFor(patient.userId)).map((event) => event.action).sort()).toEqual([
      'user.deactivate',
      'user.reactivate',
    ]);
    // Reactivation does not revive the sessions the deactivation ended.
    for (const sessionId of sessionIds) expect(await findLiveSession(handle.db, sessionId, null)).toBeNull();
    await expect(setUserActive(handle.db, admin, admin.userId, false)).rejects.toThrow(ForbiddenError);
  });

  it('resets a password: new hash, sessions ended, common passwords refused', async () => {
    const clinician = await createActor(handle.db, 'clinician', { name: 'Reset Target Person' });
    const sessionId = await createSession(handle.db, clinician.userId, 3600);
    expect(await findLiveSession(handle.db, sessionId, null)).not.toBeNull();
    await resetUserPassword(handle.db, admin, clinician.userId, 'a fresh long passphrase');
    const [row] = await handle.db.select().from(users).where(eq(users.id, clinician.userId));
    expect(await verifyPassword(row!.passwordHash, 'a fresh long passphrase')).toBe(true);
    expect(await findLiveSession(handle.db, sessionId, null)).toBeNull();
    await expect(resetUserPassword(handle.db, admin, clinician.userId, 'reset target person')).rejects.toThrow(
      ValidationError,
    );
    const audit = await auditFor(clinician.userId);
    expect(audit.map((event) => event.action)).toEqual(['user.password_reset']);
  });

  it('answers 404 for unknown and malformed account ids', async () => {
    await expect(findUser(handle.db, admin, 'not-a-uuid')).rejects.toThrow(NotFoundError);
    await expect(setUserActive(handle.db, admin, '00000000-0000-4000-8000-000000000000', false)).rejects.toThrow(
      NotFoundError,
    );
  });

  it('audits an administrator viewing an account', async () => {
    const patient = await createActor(handle.db, 'patient');
    const viewed = await viewUser(handle.db, admin, patient.userId);
    expect(viewed).toMatchObject({ id: patient.userId, patient_id: patient.patientId, role: 'patient', active: true });
    const rows = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user.view'), eq(auditEvents.targetId, patient.userId)));
    expect(rows).toMatchObject([{ actorUserId: admin.userId, patientId: patient.patientId }]);
  });

  it('lists, searches, filters and pages accounts by email', async () => {
    const tag = `pager${Date.now()}`;
    for (let i = 0; i < USERS_PAGE_SIZE + 3; i += 1) {
      await createActor(handle.db, 'clinician', { email: `${tag}-${String(i).padStart(3, '0')}@accounts.test` });
    }
    const first = await listUsers(handle.db, admin, { query: tag.toUpperCase() });
    expect(first.users).toHaveLength(USERS_PAGE_SIZE);
    expect(first.next_cursor).toBe(first.users.at(-1)?.email);
    const second = await listUsers(handle.db, admin, { query: tag, cursor: first.next_cursor! });
    expect(second.users.map((user) => user.email)).toEqual([
      `${tag}-050@accounts.test`,
      `${tag}-051@accounts.test`,
      `${tag}-052@accounts.test`,
    ]);
    expect(second.next_cursor).toBeNull();
    expect((await listUsers(handle.db, admin, { query: tag, role: 'patient' })).users).toEqual([]);
    expect((await listUsers(handle.db, admin, { query: '100%_' })).users).toEqual([]);

    const inactive = await listUsers(handle.db, admin, { status: 'inactive' });
    expect(inactive.users.every((user) => !user.active)).toBe(true);
    expect(Object.keys(first.users[0]!).sort()).toEqual(['active', 'email', 'id', 'name', 'patient_id', 'role']);
  });
});
