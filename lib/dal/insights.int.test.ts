import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, diaryEntries } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { fieldsToColumns } from '../diary/mapping';
import type { DiaryFields } from '../diary/types';
import { ForbiddenError, NotFoundError } from '../errors';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import { getOwnInsights, getPatientInsights } from './insights';

const NOW = new Date(2026, 2, 31, 12, 0, 0);
const TODAY = '2026-03-31';
const ago = (nights: number) => addDays(TODAY, -nights);

/** 20 stretching nights with 2 pain nights, 20 without with 16, all in the last 40 nights; one old night. */
function stretcherNights(): DiaryFields[] {
  const pain = { worst_pain: 6, episodes: 1, woke_from_pain: true };
  return [
    ...Array.from({ length: 20 }, (_, i) => night(ago(i), { stretched_before_bed: true, ...(i < 2 ? pain : {}) })),
    ...Array.from({ length: 20 }, (_, i) => night(ago(20 + i), i < 16 ? pain : {})),
    night(ago(200), { stretched_before_bed: true, ...pain }),
  ];
}

describe.each(testDatabases())('insights through the data layer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  let clinician: Actor;
  let outsider: Actor;

  async function audits(action: string) {
    return handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.patientId, patient.patientId!)));
  }

  beforeAll(async () => {
    handle = await open();
    patient = await createActor(handle.db, 'patient');
    clinician = await createActor(handle.db, 'clinician');
    outsider = await createActor(handle.db, 'clinician');
    await assignToCareTeam(handle.db, clinician, patient);
    await handle.db.insert(diaryEntries).values(
      stretcherNights().map((fields) => ({
        ...fieldsToColumns(fields),
        patientId: patient.patientId!,
        nightOf: fields.night_of,
      })),
    );
  });
  afterAll(async () => {
    await handle.close();
  });

  it("the patient's own insights cover the last 90 nights by default and are audited", async () => {
    const report = await getOwnInsights(handle.db, patient, {}, NOW);
    expect(report.window).toEqual({ from: ago(89), to: TODAY });
    const stretching = report.comparisons.find((c) => c.factor === 'stretched_before_bed')!;
    expect(stretching.with).toMatchObject({ nights: 20, pain_nights: 2 });
    expect(stretching.without).toMatchObject({ nights: 20, pain_nights: 16 });
    expect(stretching.verdict).toBe('fewer_pain_nights');
    expect(await audits('insights.viewed')).toEqual([
      expect.objectContaining({ actorUserId: patient.userId, detail: { from: ago(89), to: TODAY } }),
    ]);
  });

  it('a window narrows the nights compared', async () => {
    const report = await getOwnInsights(handle.db, patient, { from: ago(9) }, NOW);
    expect(report.window).toEqual({ from: ago(9), to: TODAY });
    const stretching = report.comparisons.find((c) => c.factor === 'stretched_before_bed')!;
    expect(stretching.with.nights).toBe(10);
    expect(stretching.verdict).toBe('not_enough_nights');
  });

  it('a clinician on the care team reads the same comparisons, audited as a read of the record', async () => {
    const own = await getOwnInsights(handle.db, patient, {}, NOW);
    const theirs = await getPatientInsights(handle.db, clinician, patient.patientId!, {}, NOW);
    expect(theirs).toEqual(own);
    expect(await audits('patient.insights.read')).toEqual([
      expect.objectContaining({ actorUserId: clinician.userId, detail: { from: ago(89), to: TODAY } }),
    ]);
  });

  it('a clinician off the care team, or an unknown id, gets not found; other roles are refused', async () => {
    await expect(getPatientInsights(handle.db, outsider, patient.patientId!, {}, NOW)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getPatientInsights(handle.db, clinician, 'not-a-uuid', {}, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPatientInsights(handle.db, patient, patient.patientId!, {}, NOW)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getOwnInsights(handle.db, clinician, {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await audits('patient.insights.read')).toHaveLength(1);
  });

  it('a window at the first supported year reads without looking back into year 0', async () => {
    const report = await getOwnInsights(handle.db, patient, { from: '0001-01-01', to: '0001-01-31' }, NOW);
    expect(report.comparisons.every((c) => c.with.nights + c.without.nights === 0)).toBe(true);
  });
});
