import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { flagEvents, flagEvidence, flags } from '@/db/schema';
import type { Database, DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import { updatePatientProfile } from '../profile/update-profile';
import { addDays } from '../rules';
import { todayIso } from '../validation/dates';
import { createActor, night, setProfile } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { transitionFlag } from './flag-actions';
import { reevaluatePatient } from './reevaluate';

const today = todayIso();
const nightsAgo = (n: number) => addDays(today, -n);
const swollenCalf = {
  worst_pain: 5,
  side: 'left' as const,
  symptoms: ['calf_swelling' as const, 'calf_warmth' as const],
};

async function liveFlags(db: Database, patientId: string, ruleId?: string) {
  return db
    .select()
    .from(flags)
    .where(and(eq(flags.patientId, patientId), ruleId ? eq(flags.ruleId, ruleId) : undefined));
}

async function evidenceNights(db: Database, flagId: string) {
  const rows = await db.select().from(flagEvidence).where(eq(flagEvidence.flagId, flagId));
  return rows.map((row) => row.nightOf).sort();
}

describe.each(testDatabases())('flag lifecycle on $name', ({ name, open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle.close();
  });

  async function newPatient() {
    const patient = await createActor(handle.db, 'patient');
    return patient.patientId!;
  }

  it('raises one flag per rule and adds later evidence to it instead of duplicating', async () => {
    const patientId = await newPatient();
    const first = await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(2), swollenCalf) });
    const second = await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(1), swollenCalf) });

    expect(first.flags.map((f) => [f.flag.ruleId, f.change])).toContainEqual(['urgent-possible-dvt', 'raised']);
    expect(second.flags.map((f) => [f.flag.ruleId, f.change])).toContainEqual([
      'urgent-possible-dvt',
      'evidence_added',
    ]);
    const dvt = await liveFlags(handle.db, patientId, 'urgent-possible-dvt');
    expect(dvt).toHaveLength(1);
    expect(dvt[0]).toMatchObject({ tier: 'urgent', status: 'open' });
    expect(await evidenceNights(handle.db, dvt[0]!.id)).toEqual([nightsAgo(2), nightsAgo(1)]);
  });

  it('escalates a live flag when a profile change raises its tier, and reopens it if acknowledged', async () => {
    const patientId = await newPatient();
    const clinician = await createActor(handle.db, 'clinician');
    const claudication = { worst_pain: 4, side: 'right' as const, symptoms: ['pain_walking_eases_rest' as const] };
    const saved = await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(1), claudication) });
    const flag = saved.flags.find((f) => f.flag.ruleId === 'soon-claudication')!.flag;
    expect(flag.tier).toBe('soon');
    await transitionFlag(handle.db, {
      flagId: flag.id,
      action: 'acknowledge',
      actorUserId: clinician.userId,
      note: null,
    });

    const { flags: touched } = await updatePatientProfile(handle.db, {
      patientId,
      changes: { conditions: ['artery_disease'] },
    });
    expect(touched.map((f) => [f.flag.ruleId, f.change])).toContainEqual(['soon-claudication', 'escalated']);

    const [after] = await liveFlags(handle.db, patientId, 'soon-claudication');
    expect(after).toMatchObject({ id: flag.id, tier: 'urgent', status: 'open', modifiers: ['artery_disease'] });
    const events = await handle.db.select().from(flagEvents).where(eq(flagEvents.flagId, flag.id));
    expect(events.map((e) => e.type)).toEqual(['raised', 'acknowledged', 'escalated']);
    expect(events[2]).toMatchObject({ fromTier: 'soon', toTier: 'urgent' });
  });

  it('keeps a flag when an edit removes its cause, marked as withdrawn, and keeps the earlier version', async () => {
    const patientId = await newPatient();
    const saved = await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(1), swollenCalf) });
    const flag = saved.flags.find((f) => f.flag.ruleId === 'urgent-possible-dvt')!.flag;

    const edited = await saveDiaryEntry(handle.db, {
      patientId,
      fields: night(nightsAgo(1), { worst_pain: 2, side: 'left' }),
    });
    expect(edited.created).toBe(false);
    expect(edited.flags.map((f) => f.flag.ruleId)).not.toContain('urgent-possible-dvt');

    const [kept] = await liveFlags(handle.db, patientId, 'urgent-possible-dvt');
    expect(kept).toMatchObject({ id: flag.id, status: 'open', tier: 'urgent' });
    expect(kept!.evidenceWithdrawnAt).toBeInstanceOf(Date);
    const events = await handle.db.select().from(flagEvents).where(eq(flagEvents.flagId, flag.id));
    expect(events.map((e) => e.type)).toContain('evidence_withdrawn');
  });

  it('opens a new flag after the previous one was resolved, keeping the old one and its note', async () => {
    const patientId = await newPatient();
    const clinician = await createActor(handle.db, 'clinician');
    const chest = { worst_pain: 3, side: 'none' as const, symptoms: ['chest_pain' as const] };
    const first = await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(3), chest) });
    const old = first.flags.find((f) => f.flag.ruleId === 'emergency-chest-or-breathing')!.flag;
    await transitionFlag(handle.db, {
      flagId: old.id,
      action: 'resolve',
      actorUserId: clinician.userId,
      note: 'Seen in A&E; no clot.',
    });

    const second = await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(1), chest) });
    const fresh = second.flags.find((f) => f.flag.ruleId === 'emergency-chest-or-breathing')!;
    expect(fresh.change).toBe('raised');
    expect(fresh.flag.id).not.toBe(old.id);

    const all = await liveFlags(handle.db, patientId, 'emergency-chest-or-breathing');
    expect(all.map((f) => f.status).sort()).toEqual(['open', 'resolved']);
    expect(all.find((f) => f.id === old.id)).toMatchObject({
      resolutionNote: 'Seen in A&E; no clot.',
      resolvedBy: clinician.userId,
    });
  });

  it('re-evaluation changes nothing the second time and does not resurrect resolved flags', async () => {
    const patientId = await newPatient();
    const clinician = await createActor(handle.db, 'clinician');
    await setProfile(handle.db, patientId, { medicines: ['statin'] });
    const cramp = { worst_pain: 4, episodes: 1, side: 'left' as const, patterns: ['sudden_cramp' as const] };
    const saved = await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(5), cramp) });
    const medicine = saved.flags.find((f) => f.flag.ruleId === 'routine-medicine-review')!.flag;
    await transitionFlag(handle.db, {
      flagId: medicine.id,
      action: 'resolve',
      actorUserId: clinician.userId,
      note: 'Statin reviewed.',
    });
    await saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(1), swollenCalf) });

    const snapshot = async () =>
      (await liveFlags(handle.db, patientId)).map((f) => ({ ...f })).sort((a, b) => a.id.localeCompare(b.id));
    const before = await snapshot();
    const firstRun = await handle.db.transaction((tx) => reevaluatePatient(tx, { patientId }));
    expect(firstRun.every((f) => f.change === 'unchanged')).toBe(true);
    const secondRun = await handle.db.transaction((tx) => reevaluatePatient(tx, { patientId }));
    expect(secondRun.every((f) => f.change === 'unchanged')).toBe(true);
    expect(await snapshot()).toEqual(before);
    // Night −1 (a new pain night) rightly opened a fresh medicine flag; the resolved night −5 stays out of it.
    const medicineFlags = before.filter((f) => f.ruleId === 'routine-medicine-review');
    expect(medicineFlags.map((f) => f.status).sort()).toEqual(['open', 'resolved']);
    const fresh = medicineFlags.find((f) => f.status === 'open')!;
    expect(await evidenceNights(handle.db, fresh.id)).toEqual([nightsAgo(1)]);
  });

  it.runIf(name === 'postgres')('concurrent submissions for one patient leave one live flag per rule', async () => {
    const patientId = await newPatient();
    const nights = [1, 2, 3, 4, 5, 6].map(nightsAgo);
    await Promise.all(nights.map((n) => saveDiaryEntry(handle.db, { patientId, fields: night(n, swollenCalf) })));
    const dvt = (await liveFlags(handle.db, patientId, 'urgent-possible-dvt')).filter((f) => f.status !== 'resolved');
    expect(dvt).toHaveLength(1);
    expect(await evidenceNights(handle.db, dvt[0]!.id)).toEqual([...nights].sort());
  });

  it.runIf(name === 'postgres')(
    'the unique partial index refuses a second live flag even without the patient lock',
    async () => {
      const patientId = await newPatient();
      const values = { patientId, ruleId: 'soon-numbness', tier: 'soon' as const, reason: 'x', rulesVersion: 'test' };
      await handle.db.insert(flags).values(values);
      await expect(handle.db.insert(flags).values(values)).rejects.toThrow();
      await handle.db.insert(flags).values({ ...values, status: 'resolved' });
    },
  );
});
