import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, flagEvents, flags } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import type { DiaryFields } from '../diary/types';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { assignToCareTeam, createActor, night, setProfile } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import { acknowledgeFlag, listPatientFlags, listWorklist, resolveFlag } from './flags';

const ALL = { tier: null, status: null, rule: null, page: 1 } as const;
const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(testDatabases())('flags for clinicians on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let clinician: Actor;
  let outsider: Actor;
  let ann: Actor;
  let ben: Actor;

  async function enter(patient: Actor, nightOf: string, fields: Partial<DiaryFields>, at: string) {
    await saveDiaryEntry(handle.db, {
      patientId: patient.patientId!,
      fields: night(nightOf, fields),
      now: new Date(at),
    });
  }

  async function flagOf(patient: Actor, ruleId: string) {
    const [row] = await handle.db
      .select()
      .from(flags)
      .where(and(eq(flags.patientId, patient.patientId!), eq(flags.ruleId, ruleId)));
    if (!row) throw new Error(`no ${ruleId} flag`);
    return row;
  }

  beforeAll(async () => {
    handle = await open();
    clinician = await createActor(handle.db, 'clinician', { name: 'Dr Triage' });
    outsider = await createActor(handle.db, 'clinician');
    ann = await createActor(handle.db, 'patient', { name: 'Ann Example' });
    ben = await createActor(handle.db, 'patient', { name: 'Ben Example' });
    await assignToCareTeam(handle.db, clinician, ann);
    await assignToCareTeam(handle.db, clinician, ben);
    await setProfile(handle.db, ann.patientId!, { medicines: ['statin'] });
    // Ben's foot weakness is older than Ann's, so within "urgent" Ben comes first.
    await enter(ben, '2026-03-01', { worst_pain: 2, symptoms: ['foot_weakness'] }, '2026-03-02T07:00:00Z');
    await enter(ann, '2026-03-05', { worst_pain: 4, episodes: 1, symptoms: ['numbness'] }, '2026-03-06T07:00:00Z');
    await enter(ann, '2026-03-06', { worst_pain: 5, symptoms: ['foot_weakness'] }, '2026-03-07T07:00:00Z');
    await enter(ann, '2026-03-07', { worst_pain: 7, symptoms: ['chest_pain'] }, '2026-03-08T07:00:00Z');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists the worklist by tier, oldest first within a tier, with counts per tier', async () => {
    const worklist = await listWorklist(handle.db, clinician, ALL, new Date('2026-03-08T07:30:00Z'));
    expect(worklist.items.map((item) => [item.rule_id, item.patient_name])).toEqual([
      ['emergency-chest-or-breathing', 'Ann Example'],
      ['urgent-foot-weakness', 'Ben Example'],
      ['urgent-foot-weakness', 'Ann Example'],
      ['soon-numbness', 'Ann Example'],
      ['routine-medicine-review', 'Ann Example'],
    ]);
    expect(worklist.counts).toEqual({ emergency: 1, urgent: 2, soon: 1, routine: 1 });
    expect(worklist.total).toBe(5);
    expect(worklist.items[0]).toMatchObject({ evidence_nights: ['2026-03-07'], overdue: false });
    expect((await listWorklist(handle.db, outsider, ALL)).items).toEqual([]);
    const audit = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'worklist.view'), eq(auditEvents.actorUserId, clinician.userId)));
    expect(new Set(audit.map((row) => row.patientId))).toEqual(new Set([null, ann.patientId, ben.patientId]));
  });

  it('marks open flags overdue past their tier deadline', async () => {
    const overdueAt = async (at: string) =>
      (await listWorklist(handle.db, clinician, ALL, new Date(at))).items
        .filter((item) => item.overdue)
        .map((item) => item.tier);
    // Emergency raised 07:00: on time at 07:30, overdue after 08:00. Urgent flags are a day old or more.
    expect(await overdueAt('2026-03-08T07:30:00Z')).toEqual(['urgent', 'urgent']);
    expect(await overdueAt('2026-03-08T08:30:00Z')).toEqual(['emergency', 'urgent', 'urgent']);
    const muchLater = await listWorklist(handle.db, clinician, ALL, new Date('2026-05-01T00:00:00Z'));
    expect(muchLater.items.every((item) => item.overdue)).toBe(true);
  });

  it('filters by tier, status and rule', async () => {
    const urgent = await listWorklist(handle.db, clinician, { ...ALL, tier: 'urgent' });
    expect(urgent.items.map((item) => item.patient_name)).toEqual(['Ben Example', 'Ann Example']);
    expect(urgent.counts.emergency).toBe(1);
    const rule = await listWorklist(handle.db, clinician, { ...ALL, rule: 'soon-numbness' });
    expect(rule.items.map((item) => item.rule_id)).toEqual(['soon-numbness']);
    expect(rule.counts).toEqual({ emergency: 0, urgent: 0, soon: 1, routine: 0 });
  });

  it('acknowledges once, records who did it, audits it, and refuses a second time (409)', async () => {
    const flag = await flagOf(ben, 'urgent-foot-weakness');
    const view = await acknowledgeFlag(handle.db, clinician, flag.id);
    expect(view).toMatchObject({ status: 'acknowledged', acknowledged_by: 'Dr Triage', overdue: false });
    await expect(acknowledgeFlag(handle.db, clinician, flag.id)).rejects.toBeInstanceOf(ConflictError);
    const events = await handle.db.select().from(flagEvents).where(eq(flagEvents.flagId, flag.id));
    expect(events.find((event) => event.type === 'acknowledged')?.actorUserId).toBe(clinician.userId);
    const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.targetId, flag.id));
    expect(audit.map((row) => [row.action, row.patientId])).toEqual([['flag.acknowledge', ben.patientId]]);
    const acknowledged = await listWorklist(handle.db, clinician, { ...ALL, status: 'acknowledged' });
    expect(acknowledged.items.map((item) => item.id)).toEqual([flag.id]);
  });

  it('resolves only with a note (422), then never again (409)', async () => {
    const flag = await flagOf(ben, 'urgent-foot-weakness');
    await expect(resolveFlag(handle.db, clinician, flag.id, null)).rejects.toBeInstanceOf(ValidationError);
    await expect(resolveFlag(handle.db, clinician, flag.id, '   ')).rejects.toMatchObject({
      status: 422,
      fields: { note: expect.any(String) },
    });
    const view = await resolveFlag(handle.db, clinician, flag.id, '  Seen in clinic; nerve conduction booked. ');
    expect(view).toMatchObject({
      status: 'resolved',
      resolved_by: 'Dr Triage',
      resolution_note: 'Seen in clinic; nerve conduction booked.',
    });
    await expect(resolveFlag(handle.db, clinician, flag.id, 'again')).rejects.toBeInstanceOf(ConflictError);
    const worklist = await listWorklist(handle.db, clinician, ALL);
    expect(worklist.items.some((item) => item.id === flag.id)).toBe(false);
  });

  it('answers 404 outside the care team, before looking at the note, and for unknown ids', async () => {
    const flag = await flagOf(ann, 'soon-numbness');
    await expect(acknowledgeFlag(handle.db, outsider, flag.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveFlag(handle.db, outsider, flag.id, '')).rejects.toBeInstanceOf(NotFoundError);
    await expect(acknowledgeFlag(handle.db, clinician, MISSING)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acknowledgeFlag(handle.db, clinician, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError);
    expect((await flagOf(ann, 'soon-numbness')).status).toBe('open');
  });

  it('refuses roles that may not act on flags (403)', async () => {
    const flag = await flagOf(ann, 'soon-numbness');
    await expect(acknowledgeFlag(handle.db, ann, flag.id)).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await createActor(handle.db, 'admin');
    await expect(resolveFlag(handle.db, admin, flag.id, 'note')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists a patient's flags with history, shows evidence withdrawn by the patient, and audits the read", async () => {
    // Ann edits the chest-pain night: the flag stays, marked for the clinician.
    await enter(ann, '2026-03-07', { worst_pain: 2 }, '2026-03-08T09:00:00Z');
    const list = await listPatientFlags(handle.db, clinician, ann.patientId!);
    const chest = list.find((flag) => flag.rule_id === 'emergency-chest-or-breathing');
    expect(chest).toMatchObject({ status: 'open', evidence_withdrawn: true, evidence_nights: ['2026-03-07'] });
    expect(chest?.history.map((event) => event.type)).toEqual(['raised', 'evidence_withdrawn']);
    const open = await listPatientFlags(handle.db, clinician, ann.patientId!, { statuses: ['acknowledged'] });
    expect(open).toEqual([]);
    await expect(listPatientFlags(handle.db, outsider, ann.patientId!)).rejects.toBeInstanceOf(NotFoundError);
    const audit = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'patient.flags.read'), eq(auditEvents.patientId, ann.patientId!)));
    expect(audit).toHaveLength(2);
  });

  it('restarts the overdue clock when a flag escalates', async () => {
    const cara = await createActor(handle.db, 'patient');
    await assignToCareTeam(handle.db, clinician, cara);
    await enter(cara, '2026-03-01', { worst_pain: 3, symptoms: ['pain_walking_eases_rest'] }, '2026-03-02T07:00:00Z');
    await setProfile(handle.db, cara.patientId!, { conditions: ['artery_disease'] });
    await enter(cara, '2026-03-10', { worst_pain: 3, symptoms: ['pain_walking_eases_rest'] }, '2026-03-11T07:00:00Z');
    const [flag] = await listPatientFlags(handle.db, clinician, cara.patientId!, {
      now: new Date('2026-03-11T08:00:00Z'),
    });
    expect(flag).toMatchObject({ rule_id: 'soon-claudication', tier: 'urgent', overdue: false });
    expect(flag?.tier_since).toBe('2026-03-11T07:00:00.000Z');
    expect(flag?.history.map((event) => event.type)).toEqual(['raised', 'escalated']);
  });
});
