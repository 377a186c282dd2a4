import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import { NotFoundError } from '../errors';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import { listPatientEntries, readPatientEntriesJson } from './patient-diary';

const LAST = '2026-03-15';
const NOTES = [
  null,
  'plain',
  'quote " and backslash \\ and slash /',
  'line\nbreak\r\nand\ttab',
  'control \u0001\u001f chars',
  'Müller 日本語 😀 \u2028 sep',
  '</script><b>x</b>',
  '',
];

/** The API year read written by the database must be the bytes JSON.stringify writes of the mapped rows. */
describe.each(testDatabases())('the API diary read as JSON on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let clinician: Actor;
  let outsider: Actor;
  let patient: Actor;

  beforeAll(async () => {
    handle = await open();
    clinician = await createActor(handle.db, 'clinician');
    outsider = await createActor(handle.db, 'clinician');
    patient = await createActor(handle.db, 'patient');
    await assignToCareTeam(handle.db, clinician, patient);
    for (let i = 0; i < 40; i++) {
      const fields = night(addDays(LAST, -i * 3), {
        worst_pain: i % 11,
        episodes: i % 4,
        side: (['left', 'right', 'both', 'none'] as const)[i % 4],
        symptoms: i % 5 === 0 ? ['calf_swelling'] : [],
        sleep_quality: i % 3 === 0 ? null : (i % 5) + 1,
        hydration_glasses: i % 2 === 0 ? null : i,
        notes: NOTES[i % NOTES.length] ?? null,
      });
      await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields });
      if (i % 7 === 0) {
        await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: { ...fields, worst_pain: 1 } });
      }
    }
    // Timestamps with microseconds, some ending in .999xxx, so rounding would show.
    await handle.db.execute(sql`
      update diary_entries set
        created_at = timestamptz '2025-06-01 00:00:00+00' + (random() * interval '300 days'),
        updated_at = timestamptz '2026-01-01 23:59:59.999999+00' - (random() * interval '2 seconds')
      where patient_id = ${patient.patientId!}`);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('writes exactly JSON.stringify({ entries }) of the mapped rows, for every range', async () => {
    const ranges = [
      {},
      { from: addDays(LAST, -30) },
      { to: addDays(LAST, -60) },
      { from: LAST, to: LAST },
      { from: '2030-01-01' },
    ];
    for (const range of ranges) {
      const expected = JSON.stringify({
        entries: await listPatientEntries(handle.db, clinician, patient.patientId!, range),
      });
      const body = await readPatientEntriesJson(handle.db, clinician, patient.patientId!, range);
      expect(body).toBe(expected);
    }
  });

  it('audits the read as listPatientEntries does', async () => {
    const range = { from: addDays(LAST, -30), to: LAST };
    const latest = async () =>
      (
        await handle.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.action, 'patient.entries.read'), eq(auditEvents.patientId, patient.patientId!)))
          .orderBy(desc(auditEvents.id))
          .limit(1)
      )[0];
    await listPatientEntries(handle.db, clinician, patient.patientId!, range);
    const before = await latest();
    await readPatientEntriesJson(handle.db, clinician, patient.patientId!, range);
    const after = await latest();
    expect(after?.id).not.toBe(before?.id);
    const pick = (row: typeof after) => ({ ...row, id: 0, at: 0, hash: 0, prevHash: 0, chainSeq: 0 });
    expect(pick(after)).toEqual(pick(before));
  });

  it('answers not found outside the care team, for unknown and malformed ids, and audits nothing', async () => {
    const count = async () =>
      (await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, outsider.userId))).length;
    const before = await count();
    await expect(readPatientEntriesJson(handle.db, outsider, patient.patientId!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      readPatientEntriesJson(handle.db, outsider, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(readPatientEntriesJson(handle.db, outsider, 'nope')).rejects.toBeInstanceOf(NotFoundError);
    expect(await count()).toBe(before);
  });
});
