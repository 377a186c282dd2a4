import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { DEFAULT_CLINIC_CHANNELS } from '../notify/routing';
import { createActor } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import {
  addEscalationContact,
  getClinicDefaults,
  listEscalationContacts,
  removeEscalationContact,
  updateClinicDefaults,
} from './deliveries';
import { getOwnPreferences, updateOwnPreferences } from './notifications';

// The real audit writer, which a test can make fail to show the change rolls back with it.
const audit = vi.hoisted(() => ({ fail: false }));
vi.mock('./audit', async (importOriginal) => {
  const real = await importOriginal<typeof import('./audit')>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      if (audit.fail) throw new Error('audit log unavailable');
      return real.recordAudit(...args);
    },
  };
});

describe.each(testDatabases())('alert settings are audited with their change on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  let clinician: Actor;
  beforeAll(async () => {
    handle = await open();
    admin = await createActor(handle.db, 'admin');
    clinician = await createActor(handle.db, 'clinician');
  });
  afterAll(async () => {
    audit.fail = false;
    await handle.close();
  });

  const auditOf = (actor: Actor) =>
    handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, actor.userId), like(auditEvents.action, 'notifications.%')))
      .orderBy(auditEvents.id);

  it('the clinic defaults', async () => {
    const routedSoon = { ...DEFAULT_CLINIC_CHANNELS, soon: ['in_app' as const] };
    await updateClinicDefaults(handle.db, admin, routedSoon);
    const [row] = await auditOf(admin);
    expect(row).toMatchObject({
      action: 'notifications.defaults_update',
      actorEmail: admin.email,
      ip: '127.0.0.1',
      detail: { before: DEFAULT_CLINIC_CHANNELS, after: routedSoon },
    });

    audit.fail = true;
    await expect(updateClinicDefaults(handle.db, admin, DEFAULT_CLINIC_CHANNELS)).rejects.toThrow(
      'audit log unavailable',
    );
    audit.fail = false;
    expect(await getClinicDefaults(handle.db, admin)).toEqual(routedSoon);
    await updateClinicDefaults(handle.db, admin, DEFAULT_CLINIC_CHANNELS);
  });

  it('the escalation contacts', async () => {
    const before = (await auditOf(admin)).length;
    await addEscalationContact(handle.db, admin, clinician.userId);
    await addEscalationContact(handle.db, admin, clinician.userId);
    await removeEscalationContact(handle.db, admin, clinician.userId);
    const rows = (await auditOf(admin)).slice(before);
    // Adding an existing contact changes nothing and records nothing.
    expect(rows.map((row) => [row.action, row.targetId, row.detail])).toEqual([
      ['notifications.escalation_contact_add', clinician.userId, { contact_email: clinician.email }],
      ['notifications.escalation_contact_remove', clinician.userId, { contact_email: clinician.email }],
    ]);

    audit.fail = true;
    await expect(addEscalationContact(handle.db, admin, clinician.userId)).rejects.toThrow('audit log unavailable');
    audit.fail = false;
    expect(await listEscalationContacts(handle.db, admin)).toEqual([]);
  });

  it('a clinician’s own alert channels', async () => {
    await updateOwnPreferences(handle.db, clinician, { urgent: ['in_app'] });
    const [row] = await auditOf(clinician);
    expect(row).toMatchObject({
      action: 'notifications.preferences_update',
      targetId: clinician.userId,
      detail: { before: DEFAULT_CLINIC_CHANNELS, after: { ...DEFAULT_CLINIC_CHANNELS, urgent: ['in_app'] } },
    });

    audit.fail = true;
    await expect(updateOwnPreferences(handle.db, clinician, { urgent: [] })).rejects.toThrow('audit log unavailable');
    audit.fail = false;
    expect((await getOwnPreferences(handle.db, clinician)).channels.urgent).toEqual(['in_app']);
  });
});
