import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, diaryEntries, experiments } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { fieldsToColumns } from '../diary/mapping';
import type { DiaryFields } from '../diary/types';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import {
  abandonOwnExperiment,
  listOwnExperiments,
  listPatientExperiments,
  startOwnExperiment,
  startPatientExperiment,
} from './experiments';
import { readPatientExport } from './exports';
import { getPatientRecord } from './patients';

/** Noon on a day, local time (todayIso reads the server's zone). */
const noon = (day: string) => new Date(`${day}T12:00:00`);
const START = '2026-03-10';
const END = '2026-03-23';

const pain = { worst_pain: 6, episodes: 1, woke_from_pain: true };

describe.each(testDatabases())('two-week experiments through the data layer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  let other: Actor;
  let clinician: Actor;
  let outsider: Actor;

  async function saveNights(actor: Actor, nights: DiaryFields[]) {
    await handle.db
      .insert(diaryEntries)
      .values(
        nights.map((fields) => ({ ...fieldsToColumns(fields), patientId: actor.patientId!, nightOf: fields.night_of })),
      );
  }
  async function audits(action: string, actor: Actor) {
    return handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.patientId, actor.patientId!)));
  }

  beforeAll(async () => {
    handle = await open();
    patient = await createActor(handle.db, 'patient');
    other = await createActor(handle.db, 'patient');
    clinician = await createActor(handle.db, 'clinician');
    outsider = await createActor(handle.db, 'clinician');
    await assignToCareTeam(handle.db, clinician, patient);
    await assignToCareTeam(handle.db, clinician, other);
    // 14 nights before the start with 11 pain nights; 13 stretching nights with 2 (the last night comes later).
    await saveNights(patient, [
      ...Array.from({ length: 14 }, (_, i) => night(addDays(START, -14 + i), i < 11 ? pain : {})),
      ...Array.from({ length: 13 }, (_, i) =>
        night(addDays(START, i), { stretched_before_bed: true, ...(i < 2 ? pain : {}) }),
      ),
    ]);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('the patient starts one from tonight, audited; a second while it runs is a conflict', async () => {
    const started = await startOwnExperiment(handle.db, patient, 'stretched_before_bed', noon(START));
    expect(started).toMatchObject({
      factor: 'stretched_before_bed',
      start_night: START,
      end_night: END,
      status: 'running',
      result: null,
      started_by_name: patient.name,
    });
    await expect(startOwnExperiment(handle.db, patient, 'stretched_before_bed', noon(START))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      startPatientExperiment(handle.db, clinician, patient.patientId!, { factor: 'stretched_before_bed' }, noon(START)),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await audits('experiment.start', patient)).toEqual([
      expect.objectContaining({ actorUserId: patient.userId, targetId: started.id }),
    ]);
  });

  it('the database itself refuses a second running experiment for a patient', async () => {
    await expect(
      handle.db.insert(experiments).values({
        patientId: patient.patientId!,
        factor: 'stretched_before_bed',
        startNight: '2026-04-01',
        endNight: '2026-04-14',
        startedBy: patient.userId,
      }),
    ).rejects.toThrow();
  });

  it('two starts at once: one runs, the other is a conflict', async () => {
    const racer = await createActor(handle.db, 'patient');
    const outcomes = await Promise.allSettled([
      startOwnExperiment(handle.db, racer, 'stretched_before_bed', noon(START)),
      startOwnExperiment(handle.db, racer, 'stretched_before_bed', noon(START)),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(await listOwnExperiments(handle.db, racer, noon(START))).toHaveLength(1);
  });

  it('stays running through its nights and the morning after until the last night is recorded', async () => {
    for (const day of [START, END, addDays(END, 1)]) {
      const [current] = await listOwnExperiments(handle.db, patient, noon(day));
      expect(current?.status, day).toBe('running');
    }
  });

  it('finishes lazily once due, storing the comparison and the nights used', async () => {
    await saveNights(patient, [night(END, { stretched_before_bed: true })]);
    const [finished] = await listOwnExperiments(handle.db, patient, noon(addDays(END, 1)));
    expect(finished?.status).toBe('finished');
    expect(finished?.ended_at).toEqual(noon(addDays(END, 1)));
    const result = finished!.result!;
    expect(result.with).toMatchObject({ nights: 14, pain_nights: 2 });
    expect(result.without).toMatchObject({ nights: 14, pain_nights: 11 });
    expect(result.difference!.high).toBeLessThan(0);
    expect(result.verdict).toBe('fewer_pain_nights');
    expect(result.followed_nights).toBe(14);
    expect(result.during).toMatchObject({ from: START, to: END });
    expect(result.during.recorded).toHaveLength(14);
    expect(result.before.recorded[0]).toBe(addDays(START, -14));
    expect(await audits('experiment.finish', patient)).toHaveLength(1);

    // Stored: a later edit to the diary changes nothing, and reading again does not finish it twice.
    await handle.db.update(diaryEntries).set({ worstPain: 9 }).where(eq(diaryEntries.patientId, patient.patientId!));
    const [again] = await listOwnExperiments(handle.db, patient, noon(addDays(END, 5)));
    expect(again?.result).toEqual(result);
    expect(await audits('experiment.finish', patient)).toHaveLength(1);
  });

  it('the care team reads it, audited; a clinician off the team, or another role, cannot', async () => {
    const [seen] = await listPatientExperiments(handle.db, clinician, patient.patientId!, noon(addDays(END, 5)));
    expect(seen?.status).toBe('finished');
    expect(await audits('patient.experiments.read', patient)).toEqual([
      expect.objectContaining({ actorUserId: clinician.userId }),
    ]);
    await expect(listPatientExperiments(handle.db, outsider, patient.patientId!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPatientExperiments(handle.db, clinician, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPatientExperiments(handle.db, patient, patient.patientId!)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOwnExperiments(handle.db, clinician)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('shows on the patient page and in the PDF export, not in the CSV', async () => {
    const now = noon(addDays(END, 5));
    const record = await getPatientRecord(handle.db, clinician, patient.patientId!, { rangeDays: 30, now });
    expect(record.experiments.map((e) => [e.status, e.result?.verdict])).toEqual([['finished', 'fewer_pain_nights']]);
    const pdf = await readPatientExport(handle.db, clinician, patient.patientId!, { range: {}, format: 'pdf', now });
    expect(pdf.experiments).toEqual(record.experiments);
    const csv = await readPatientExport(handle.db, clinician, patient.patientId!, { range: {}, format: 'csv', now });
    expect(csv.experiments).toBeUndefined();
  });

  it('the care team starts one for a patient; a clinician off the team gets not found, even for a bad factor', async () => {
    const stretch = { factor: 'stretched_before_bed' };
    await expect(startPatientExperiment(handle.db, outsider, other.patientId!, stretch)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      startPatientExperiment(handle.db, outsider, other.patientId!, { factor: 'yoga' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      startPatientExperiment(handle.db, clinician, other.patientId!, { factor: 'yoga' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(startPatientExperiment(handle.db, patient, other.patientId!, stretch)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const started = await startPatientExperiment(handle.db, clinician, other.patientId!, stretch, noon(START));
    expect(started).toMatchObject({ status: 'running', start_night: START, started_by_name: clinician.name });
    const [own] = await listOwnExperiments(handle.db, other, noon(addDays(START, 3)));
    expect(own?.id).toBe(started.id);
  });

  it('a patient cannot touch another patient’s experiment: not found', async () => {
    const [theirs] = await listOwnExperiments(handle.db, other, noon(addDays(START, 3)));
    await expect(abandonOwnExperiment(handle.db, patient, theirs!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(abandonOwnExperiment(handle.db, patient, 'nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(abandonOwnExperiment(handle.db, clinician, theirs!.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('abandoning is recorded; an abandoned or finished one cannot be abandoned again; a new one may start', async () => {
    const [running] = await listOwnExperiments(handle.db, other, noon(addDays(START, 3)));
    const stopped = await abandonOwnExperiment(handle.db, other, running!.id, noon(addDays(START, 4)));
    expect(stopped).toMatchObject({ status: 'abandoned', result: null, abandoned_at: noon(addDays(START, 4)) });
    expect(await audits('experiment.abandon', other)).toEqual([
      expect.objectContaining({ actorUserId: other.userId, targetId: running!.id }),
    ]);
    await expect(abandonOwnExperiment(handle.db, other, running!.id)).rejects.toBeInstanceOf(ConflictError);
    const [finished] = await listOwnExperiments(handle.db, patient, noon(addDays(END, 5)));
    await expect(abandonOwnExperiment(handle.db, patient, finished!.id)).rejects.toBeInstanceOf(ConflictError);
    const again = await startOwnExperiment(handle.db, other, 'stretched_before_bed', noon(addDays(START, 5)));
    expect(again.status).toBe('running');
    expect((await listOwnExperiments(handle.db, other, noon(addDays(START, 5)))).map((e) => e.status)).toEqual([
      'running',
      'abandoned',
    ]);
  });

  it('an experiment whose last night is never recorded finishes two days after it, with the nights there are', async () => {
    const lone = await createActor(handle.db, 'patient');
    await startOwnExperiment(handle.db, lone, 'stretched_before_bed', noon(START));
    expect((await listOwnExperiments(handle.db, lone, noon(addDays(END, 1))))[0]?.status).toBe('running');
    const [done] = await listOwnExperiments(handle.db, lone, noon(addDays(END, 2)));
    expect(done).toMatchObject({ status: 'finished' });
    expect(done?.result).toMatchObject({ verdict: 'not_enough_nights', difference: null, followed_nights: 0 });
  });
});
