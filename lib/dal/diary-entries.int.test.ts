import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, diaryEntries, diaryEntryVersions, idempotencyKeys, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { addDays } from '@/lib/rules';
import { createActor, night } from '@/lib/testing/fixtures';
import { testDatabases } from '@/lib/testing/test-databases';
import { diaryEntryRecordSchema } from '@/lib/validation/diary';
import { todayIso } from '@/lib/validation/dates';
import type { Actor } from './actor';
import { getOwnEntry, getOwnNightBounds, listOwnEntries, saveOwnEntry } from './diary-entries';
import { hashRequest } from './idempotency-keys';

const TODAY = todayIso();

describe.each(testDatabases())('patient diary data layer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  let other: Actor;
  beforeAll(async () => {
    handle = await open();
    patient = await createActor(handle.db, 'patient');
    other = await createActor(handle.db, 'patient');
  });
  afterAll(async () => {
    await handle.close();
  });

  const entryRows = (actor: Actor) =>
    handle.db
      .select()
      .from(diaryEntries)
      .where(eq(diaryEntries.patientId, actor.patientId ?? ''));

  it('creates a night (201), replaces it (200) and keeps the earlier version', async () => {
    const nightOf = addDays(TODAY, -1);
    const created = await saveOwnEntry(handle.db, patient, { entry: night(nightOf, { worst_pain: 2, side: 'left' }) });
    expect(created.status).toBe(201);
    expect(diaryEntryRecordSchema.parse(created.body.entry)).toEqual(created.body.entry);
    const replaced = await saveOwnEntry(handle.db, patient, { entry: night(nightOf, { worst_pain: 6, side: 'left' }) });
    expect(replaced).toMatchObject({ status: 200, replayed: false, body: { entry: { worst_pain: 6 } } });
    expect(replaced.body.entry.id).toBe(created.body.entry.id);

    const detail = await getOwnEntry(handle.db, patient, nightOf);
    expect(detail?.version).toBe(2);
    expect(detail?.earlierVersions.map((version) => version.version)).toEqual([1]);
    const [old] = await handle.db
      .select()
      .from(diaryEntryVersions)
      .where(eq(diaryEntryVersions.entryId, created.body.entry.id));
    expect(old?.fields.worst_pain).toBe(2);
  });

  it('answers the flags a night raised, highest tier first, in the patient’s words', async () => {
    const saved = await saveOwnEntry(handle.db, patient, {
      entry: night(TODAY, { worst_pain: 5, side: 'right', symptoms: ['chest_pain', 'calf_swelling'] }),
    });
    expect(saved.body.flags.map((flag) => [flag.rule_id, flag.tier])).toEqual([
      ['emergency-chest-or-breathing', 'emergency'],
      ['urgent-possible-dvt', 'urgent'],
    ]);
    expect(saved.body.flags[0]?.message).toContain('Call emergency services now');
    expect(Object.keys(saved.body.flags[0] ?? {}).sort()).toEqual(['id', 'message', 'rule_id', 'status', 'tier']);
  });

  it('refuses a night in the future or from before the account existed minus 30 days (422)', async () => {
    const before = await entryRows(patient);
    for (const nightOf of [addDays(TODAY, 1), addDays(TODAY, -31)]) {
      const attempt = saveOwnEntry(handle.db, patient, { entry: night(nightOf, { worst_pain: 1, side: 'left' }) });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ fields: { night_of: expect.any(String) } });
    }
    expect(await entryRows(patient)).toEqual(before);
    const bounds = await getOwnNightBounds(handle.db, patient);
    expect(bounds.earliest).toBe(addDays(TODAY, -30));
    const backfilled = await saveOwnEntry(handle.db, patient, {
      entry: night(bounds.earliest, { worst_pain: 0, side: 'none' }),
    });
    expect(backfilled.status).toBe(201);
  });

  it('creates but never edits a night older than 7 days (403), leaving it unchanged', async () => {
    const oldNight = addDays(TODAY, -10);
    await saveOwnEntry(handle.db, patient, { entry: night(oldNight, { worst_pain: 3, side: 'left' }) });
    const before = await entryRows(patient);
    await expect(
      saveOwnEntry(handle.db, patient, { entry: night(oldNight, { worst_pain: 9, side: 'left' }) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await entryRows(patient)).toEqual(before);
    const edge = addDays(TODAY, -7);
    await saveOwnEntry(handle.db, patient, { entry: night(edge, { worst_pain: 1, side: 'left' }) });
    expect(
      (await saveOwnEntry(handle.db, patient, { entry: night(edge, { worst_pain: 2, side: 'left' }) })).status,
    ).toBe(200);
  });

  it('replays a retried request by its idempotency key and refuses the key for another request', async () => {
    const nightOf = addDays(TODAY, -2);
    const body = { worst_pain: 4, side: 'both' } as const;
    const key = { key: 'retry-1', requestHash: hashRequest('PUT', `/x/${nightOf}`, body) };
    const first = await saveOwnEntry(handle.db, patient, { entry: night(nightOf, body), idempotency: key });
    await saveOwnEntry(handle.db, patient, { entry: night(nightOf, { worst_pain: 1, side: 'left' }) });
    const rows = await entryRows(patient);

    const retry = await saveOwnEntry(handle.db, patient, { entry: night(nightOf, body), idempotency: key });
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await entryRows(patient)).toEqual(rows);

    const other = { key: 'retry-1', requestHash: hashRequest('PUT', `/x/${nightOf}`, { worst_pain: 5, side: 'both' }) };
    await expect(
      saveOwnEntry(handle.db, patient, { entry: night(nightOf, { worst_pain: 5, side: 'both' }), idempotency: other }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await entryRows(patient)).toEqual(rows);
  });

  it('forgets a key after 24 hours and keeps keys apart per user', async () => {
    const nightOf = addDays(TODAY, -3);
    const key = { key: 'shared-key', requestHash: 'h1' };
    await saveOwnEntry(handle.db, patient, {
      entry: night(nightOf, { worst_pain: 2, side: 'left' }),
      idempotency: key,
    });
    const mine = and(eq(idempotencyKeys.userId, patient.userId), eq(idempotencyKeys.key, 'shared-key'));
    await handle.db
      .update(idempotencyKeys)
      .set({ createdAt: new Date(Date.now() - 25 * 3_600_000) })
      .where(mine);
    const later = await saveOwnEntry(handle.db, patient, {
      entry: night(nightOf, { worst_pain: 3, side: 'left' }),
      idempotency: { key: 'shared-key', requestHash: 'h2' },
    });
    expect(later).toMatchObject({ status: 200, replayed: false });

    const theirs = await saveOwnEntry(handle.db, other, {
      entry: night(nightOf, { worst_pain: 2, side: 'left' }),
      idempotency: key,
    });
    expect(theirs).toMatchObject({ status: 201, replayed: false });
  });

  it('audits every write with the night and the flags', async () => {
    const rows = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, patient.userId));
    const actions = rows.map((row) => row.action);
    expect(actions).toContain('diary.entry_created');
    expect(actions).toContain('diary.entry_updated');
    const emergency = rows.find((row) => row.detail?.night === TODAY && row.action === 'diary.entry_created');
    expect(emergency).toMatchObject({ patientId: patient.patientId, ip: '127.0.0.1' });
    expect(emergency?.detail?.flags).toContain('emergency-chest-or-breathing:emergency');
  });

  it('shows each patient only their own nights, and refuses other roles', async () => {
    const mine = await listOwnEntries(handle.db, patient);
    const theirs = await listOwnEntries(handle.db, other, { from: addDays(TODAY, -5), to: TODAY });
    expect(mine.every((row) => row.patientId === patient.patientId)).toBe(true);
    expect(theirs.map((row) => row.nightOf)).toEqual([addDays(TODAY, -3)]);
    expect(await getOwnEntry(handle.db, other, addDays(TODAY, -1))).toBeNull();
    expect(await getOwnEntry(handle.db, patient, 'not-a-night')).toBeNull();

    const clinician = await createActor(handle.db, 'clinician');
    await expect(listOwnEntries(handle.db, clinician)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      saveOwnEntry(handle.db, clinician, { entry: night(TODAY, { worst_pain: 1, side: 'left' }) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const orphan = { ...patient, patientId: null };
    await expect(listOwnEntries(handle.db, orphan)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('measures the backfill limit from the account’s creation date', async () => {
    const veteran = await createActor(handle.db, 'patient');
    await handle.db
      .update(users)
      .set({ createdAt: new Date('2025-01-10T12:00:00') })
      .where(eq(users.id, veteran.userId));
    expect((await getOwnNightBounds(handle.db, veteran)).earliest).toBe('2024-12-11');
  });
});
