import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night, setProfile } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import { createClinicalNote } from './notes';
import { listPatientEntries } from './patient-diary';
import { getPatientRecord } from './patients';

const NOW = new Date(2026, 2, 15, 12, 0, 0);
const TODAY = '2026-03-15';
const ago = (nights: number) => addDays(TODAY, -nights);

describe.each(testDatabases())('the patient record for clinicians on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let clinician: Actor;
  let outsider: Actor;
  let patient: Actor;

  async function audits(action: string) {
    return handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.patientId, patient.patientId!)));
  }

  beforeAll(async () => {
    handle = await open();
    clinician = await createActor(handle.db, 'clinician', { name: 'Dr Record' });
    outsider = await createActor(handle.db, 'clinician');
    patient = await createActor(handle.db, 'patient', { name: 'Pat Record' });
    await assignToCareTeam(handle.db, clinician, patient);
    await setProfile(handle.db, patient.patientId!, {
      date_of_birth: '1970-01-20',
      conditions: ['diabetes'],
      medicines: ['diuretic'],
      pregnancy_due_date: null,
    });
    const save = (nightsAgo: number, fields: Parameters<typeof night>[1], at: Date) =>
      saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(ago(nightsAgo), fields), now: at });
    await save(100, { worst_pain: 4, episodes: 1 }, new Date(2025, 11, 6, 8));
    await save(2, { worst_pain: 8, episodes: 2, symptoms: ['calf_swelling'], side: 'left' }, new Date(2026, 2, 14, 7));
    // The patient edits last-but-one night: the clinician sees the change and the earlier version.
    await save(2, { worst_pain: 3, episodes: 2, side: 'left' }, new Date(2026, 2, 14, 9));
    await save(1, { worst_pain: 2, notes: '<b>not html</b>' }, new Date(2026, 2, 15, 7));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('gathers header, entries in range with versions, flags and notes, and audits one view', async () => {
    await createClinicalNote(handle.db, clinician, patient.patientId!, '  Discussed calf stretches.  ');
    const record = await getPatientRecord(handle.db, clinician, patient.patientId!, { rangeDays: 30, now: NOW });
    expect(record.header).toMatchObject({
      name: 'Pat Record',
      date_of_birth: '1970-01-20',
      conditions: ['diabetes'],
      medicines: ['diuretic'],
      pregnancy_due_date: null,
    });
    expect(record.range).toEqual({ from: ago(30), to: TODAY, days: 30 });
    expect(record.entries.map((entry) => [entry.night_of, entry.worst_pain, entry.edited])).toEqual([
      [ago(1), 2, false],
      [ago(2), 3, true],
    ]);
    expect(record.entries[0]?.notes).toBe('<b>not html</b>');
    expect(record.versions).toEqual([
      expect.objectContaining({
        entry_id: record.entries[1]?.id,
        version: 1,
        fields: expect.objectContaining({ worst_pain: 8 }),
      }),
    ]);
    const dvt = record.flags.find((flag) => flag.rule_id === 'urgent-possible-dvt');
    expect(dvt).toMatchObject({ evidence_withdrawn: true, evidence_nights: [ago(2)] });
    expect(record.notes).toEqual([
      expect.objectContaining({ body: 'Discussed calf stretches.', author_name: 'Dr Record' }),
    ]);
    // Insights over the last 90 nights, read in the same audited view: the two recent nights, none stretched.
    expect(record.insights.window).toEqual({ from: ago(89), to: TODAY });
    expect(record.insights.comparisons.find((c) => c.factor === 'stretched_before_bed')).toMatchObject({
      with: { nights: 0 },
      without: { nights: 2, pain_nights: 2 },
      verdict: 'not_enough_nights',
    });
    expect(await audits('patient.view')).toHaveLength(1);
    expect(await audits('note.create')).toHaveLength(1);
  });

  it('hides the record from anyone outside the care team (404) and from other roles (403)', async () => {
    await expect(
      getPatientRecord(handle.db, outsider, patient.patientId!, { rangeDays: 30, now: NOW }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getPatientRecord(handle.db, clinician, 'd3b07384-d9a0-4c9b-8f6e-000000000000', { rangeDays: 30 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPatientRecord(handle.db, patient, patient.patientId!, { rangeDays: 30 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const admin = await createActor(handle.db, 'admin');
    await expect(getPatientRecord(handle.db, admin, patient.patientId!, { rangeDays: 30 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(createClinicalNote(handle.db, outsider, patient.patientId!, 'x')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses empty and over-long notes (422)', async () => {
    await expect(createClinicalNote(handle.db, clinician, patient.patientId!, '   ')).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createClinicalNote(handle.db, clinician, patient.patientId!, 'x'.repeat(4001))).rejects.toMatchObject({
      fields: { body: expect.any(String) },
    });
  });

  it('serves the diary to the API by range, audited, and 404 outside the team', async () => {
    const all = await listPatientEntries(handle.db, clinician, patient.patientId!);
    expect(all.map((entry) => entry.night_of)).toEqual([ago(1), ago(2), ago(100)]);
    const recent = await listPatientEntries(handle.db, clinician, patient.patientId!, { from: ago(2), to: ago(2) });
    expect(recent).toEqual([expect.objectContaining({ night_of: ago(2), version: 2, edited: true })]);
    expect(await audits('patient.entries.read')).toHaveLength(2);
    await expect(listPatientEntries(handle.db, outsider, patient.patientId!)).rejects.toBeInstanceOf(NotFoundError);
  });
});
