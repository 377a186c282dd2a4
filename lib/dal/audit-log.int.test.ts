import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { ForbiddenError } from '@/lib/errors';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor } from '@/lib/testing/fixtures';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { AUDIT_EXPORT_BATCH, startAuditExport, listAuditEvents, listRecentActions } from './audit-log';

describe.each(testDatabases())('audit log viewer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  let clinician: Actor;
  let patient: Actor;
  beforeAll(async () => {
    handle = await open();
    admin = await createActor(handle.db, 'admin');
    clinician = await createActor(handle.db, 'clinician');
    patient = await createActor(handle.db, 'patient');
    await recordAudit(handle.db, clinician, { action: 'auth.sign_in' });
    await recordAudit(handle.db, clinician, { action: 'patient.view', patientId: patient.patientId });
    await recordAudit(handle.db, clinician, { action: 'patient.export_csv', patientId: patient.patientId });
    await recordAudit(
      handle.db,
      { userId: null, email: '=cmd@evil', ip: '10.0.0.9' },
      { action: 'auth.sign_in_failed' },
    );
    await handle.db.insert(auditEvents).values([
      { action: 'old.event', at: new Date('2025-01-10T12:00:00Z'), actorEmail: 'x@y.z' },
      { action: 'old.event', at: new Date('2025-01-20T12:00:00Z'), actorEmail: 'x@y.z' },
    ]);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists newest first with the patient named', async () => {
    const { events } = await listAuditEvents(handle.db, admin, {});
    expect(events.slice(0, 4).map((event) => event.action)).toEqual([
      'old.event',
      'old.event',
      'auth.sign_in_failed',
      'patient.export_csv',
    ]);
    const view = events.find((event) => event.action === 'patient.view');
    expect(view).toMatchObject({
      actor_email: clinician.email,
      patient_id: patient.patientId,
      patient_email: patient.email,
    });
  });

  it('filters by patient (id or email), actor (id or email), action and dates', async () => {
    const actions = async (filter: Parameters<typeof listAuditEvents>[2]) =>
      (await listAuditEvents(handle.db, admin, filter)).events.map((event) => event.action);
    expect(await actions({ patientId: patient.patientId! })).toEqual(['patient.export_csv', 'patient.view']);
    expect(await actions({ patientEmail: patient.email })).toEqual(['patient.export_csv', 'patient.view']);
    expect(await actions({ actorId: clinician.userId, action: 'auth.sign_in' })).toEqual(['auth.sign_in']);
    expect(await actions({ actorEmail: '=cmd@evil' })).toEqual(['auth.sign_in_failed']);
    expect(await actions({ action: 'patient.*' })).toEqual(['patient.export_csv', 'patient.view']);
    expect(await actions({ action: 'patient' })).toEqual([]);
    expect(await actions({ from: '2025-01-01', to: '2025-01-15' })).toEqual(['old.event']);
    expect(await actions({ from: '2025-01-20', to: '2025-01-20' })).toEqual(['old.event']);
  });

  it('pages by id without repeating or skipping events', async () => {
    for (let i = 0; i < 7; i += 1) await recordAudit(handle.db, admin, { action: 'paging.test', targetId: String(i) });
    const seen: string[] = [];
    let cursor: number | undefined;
    do {
      const page = await listAuditEvents(handle.db, admin, { action: 'paging.test' }, { cursor, limit: 3 });
      seen.push(...page.events.map((event) => event.target_id!));
      cursor = page.next_cursor ? Number(page.next_cursor) : undefined;
    } while (cursor);
    expect(seen).toEqual(['6', '5', '4', '3', '2', '1', '0']);
    expect((await listAuditEvents(handle.db, admin, {}, { cursor: 0 })).events).toEqual([]);
  });

  it('exports every match in batches and audits the export first', async () => {
    const rows = Array.from({ length: AUDIT_EXPORT_BATCH + 5 }, (_, i) => ({
      action: 'bulk.event',
      targetId: String(i),
    }));
    await handle.db.insert(auditEvents).values(rows);
    const batches: number[] = [];
    const batchesOf = await startAuditExport(handle.db, admin, { action: 'bulk.*' });
    for await (const batch of batchesOf) batches.push(batch.length);
    expect(batches).toEqual([AUDIT_EXPORT_BATCH, 5]);
    const { events } = await listAuditEvents(handle.db, admin, { action: 'audit.export' });
    expect(events).toMatchObject([{ actor_user_id: admin.userId, detail: { filter: { action: 'bulk.*' } } }]);
  });

  it('suggests the actions seen recently', async () => {
    expect(await listRecentActions(handle.db, admin)).toEqual(expect.arrayContaining(['auth.sign_in', 'patient.view']));
  });

  it("cannot be rewritten, even by the database owner the app connects as: the trigger's refusal", async () => {
    const [row] = await handle.db.insert(auditEvents).values({ action: 'tamper.target' }).returning();
    const refusal = async (statement: Promise<unknown>) => {
      const error: unknown = await statement.then(
        () => null,
        (caught: unknown) => caught,
      );
      // Drizzle wraps the driver's error; the database's own message is somewhere in the chain.
      const messages: string[] = [];
      for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message);
      return messages.join(' | ');
    };
    expect(
      await refusal(handle.db.update(auditEvents).set({ action: 'x' }).where(eq(auditEvents.id, row!.id))),
    ).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(handle.db.delete(auditEvents).where(eq(auditEvents.id, row!.id)))).toMatch(
      /append-only \(DELETE refused\)/,
    );
    expect(await refusal(handle.db.execute(sql`update audit_events set ip = null`))).toMatch(/append-only/);
    const [kept] = await handle.db.select().from(auditEvents).where(eq(auditEvents.id, row!.id));
    expect(kept?.action).toBe('tamper.target');
  });

  it('is for administrators only', async () => {
    await expect(listAuditEvents(handle.db, clinician, {})).rejects.toThrow(ForbiddenError);
    await expect(startAuditExport(handle.db, patient, {})).rejects.toThrow(ForbiddenError);
  });
});
