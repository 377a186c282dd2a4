/**
 * Rules version 2 of `soon-severe-or-worsening-pain` on stored data
 * (docs/rule-versions.md): flags keep the version that raised them, the live
 * path and `npm run rules:reevaluate` (reevaluatePatient) apply version 2, and
 * resolved flags are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { diaryEntries, flagEvidence, flags, patients } from '@/db/schema';
import type { Database, DatabaseHandle } from '@/db/types';
import { RULES_V1_VERSION, RULE_CHECKS_V1 } from '../bench/rules-v1';
import { rowToEntry, rowToProfile } from '../diary/mapping';
import { saveDiaryEntry } from '../diary/save-entry';
import { RULES_VERSION, addDays, evaluateNight } from '../rules';
import { createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { applyFirings } from './apply-firings';
import { transitionFlag } from './flag-actions';
import { reevaluatePatient } from './reevaluate';

const RULE = 'soon-severe-or-worsening-pain';
const today = todayIso();
const nightsAgo = (n: number) => addDays(today, -n);

/**
 * What version 1 raised on `nightOf` before the upgrade: the version-1 checks'
 * firing recorded through the ordinary flag path, stamped with version 1's
 * number as the old catalog would have stamped it.
 */
async function raiseUnderVersion1(db: Database, patientId: string, nightOf: string) {
  return db.transaction(async (tx) => {
    const [patient] = await tx.select().from(patients).where(eq(patients.id, patientId));
    const rows = await tx.select().from(diaryEntries).where(eq(diaryEntries.patientId, patientId));
    const entries = rows.map(rowToEntry);
    const entry = entries.find((e) => e.night_of === nightOf);
    if (!patient || !entry) throw new Error('no such patient or night');
    const firings = evaluateNight({ profile: rowToProfile(patient), entry, entries }, RULE_CHECKS_V1).filter(
      (f) => f.ruleId === RULE,
    );
    expect(firings, 'version 1 should fire here').toHaveLength(1);
    const [applied] = await applyFirings(tx, firings, { patientId, now: new Date() });
    const [flag] = await tx
      .update(flags)
      .set({ rulesVersion: RULES_V1_VERSION })
      .where(eq(flags.id, applied!.flag.id))
      .returning();
    return flag!;
  });
}

async function flagsOf(db: Database, patientId: string) {
  return db
    .select()
    .from(flags)
    .where(and(eq(flags.patientId, patientId), eq(flags.ruleId, RULE)))
    .orderBy(asc(flags.firstSeenAt));
}

async function evidenceNights(db: Database, flagId: string) {
  const rows = await db.select().from(flagEvidence).where(eq(flagEvidence.flagId, flagId));
  return rows.map((row) => row.nightOf).sort();
}

describe.each(testDatabases())('rules version 2 on $name', ({ open }) => {
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

  async function save(patientId: string, ago: number, fields: Parameters<typeof night>[1] = {}) {
    return saveDiaryEntry(handle.db, { patientId, fields: night(nightsAgo(ago), fields) });
  }

  it('a moderate night after a quiet week raises nothing on the live path', async () => {
    const patientId = await newPatient();
    for (const ago of [23, 22, 21, 20, 19, 18, 17]) await save(patientId, ago);
    const saved = await save(patientId, 10, { worst_pain: 3, episodes: 1 });
    expect(saved.flags.map((f) => f.flag.ruleId)).not.toContain(RULE);
    expect(await flagsOf(handle.db, patientId)).toEqual([]);
  });

  it('a new firing raises a flag stamped with the current version', async () => {
    const patientId = await newPatient();
    for (const ago of [9, 8, 7]) await save(patientId, ago, { worst_pain: 2, episodes: 1 });
    const saved = await save(patientId, 0, { worst_pain: 6, episodes: 1 });
    const raised = saved.flags.find((f) => f.flag.ruleId === RULE);
    expect(raised?.change).toBe('raised');
    expect(raised?.flag.rulesVersion).toBe(RULES_VERSION);
    expect(raised?.flag.reason).toContain('over 3 pain nights in the 7 nights before');
  });

  it('re-evaluation leaves a resolved version-1 flag as it was and raises nothing new for its night', async () => {
    const patientId = await newPatient();
    const clinician = await createActor(handle.db, 'clinician');
    for (const ago of [23, 22, 21, 20, 19, 18, 17]) await save(patientId, ago);
    await save(patientId, 10, { worst_pain: 3, episodes: 1 });
    const old = await raiseUnderVersion1(handle.db, patientId, nightsAgo(10));
    await transitionFlag(handle.db, { flagId: old.id, action: 'resolve', actorUserId: clinician.userId, note: 'ok' });
    const [resolved] = await flagsOf(handle.db, patientId);
    const evidenceBefore = await evidenceNights(handle.db, old.id);

    const firstRun = await handle.db.transaction((tx) => reevaluatePatient(tx, { patientId }));
    const secondRun = await handle.db.transaction((tx) => reevaluatePatient(tx, { patientId }));

    expect(firstRun.filter((f) => f.flag.ruleId === RULE)).toEqual([]);
    expect(secondRun.every((f) => f.change === 'unchanged')).toBe(true);
    expect(await flagsOf(handle.db, patientId)).toEqual([resolved]);
    expect(resolved).toMatchObject({ status: 'resolved', rulesVersion: RULES_V1_VERSION });
    expect(await evidenceNights(handle.db, old.id)).toEqual(evidenceBefore);

    // From now on version 2 applies: the same pattern a week later stays quiet.
    for (const ago of [9, 8, 7, 6, 5, 4, 3]) await save(patientId, ago);
    const later = await save(patientId, 0, { worst_pain: 3, episodes: 1 });
    expect(later.flags.map((f) => f.flag.ruleId)).not.toContain(RULE);
    expect(await flagsOf(handle.db, patientId)).toHaveLength(1);
  });

  it('does not resurrect a resolved version-1 flag when version 2 also fires on its night', async () => {
    const patientId = await newPatient();
    const clinician = await createActor(handle.db, 'clinician');
    for (const ago of [23, 22, 21]) await save(patientId, ago, { worst_pain: 2, episodes: 1 });
    for (const ago of [20, 19, 18, 17]) await save(patientId, ago);
    const saved = await save(patientId, 10, { worst_pain: 6, episodes: 1 });
    // Both versions fire here; resolve what the live path raised and stamp it as version 1's.
    const live = saved.flags.find((f) => f.flag.ruleId === RULE)!.flag;
    await handle.db.update(flags).set({ rulesVersion: RULES_V1_VERSION }).where(eq(flags.id, live.id));
    const painEvidence = await evidenceNights(handle.db, live.id);
    await transitionFlag(handle.db, { flagId: live.id, action: 'resolve', actorUserId: clinician.userId, note: 'ok' });
    // Version 1's evidence would also have named the quiet nights: add them as it would have.
    const quiet = await handle.db
      .select()
      .from(diaryEntries)
      .where(and(eq(diaryEntries.patientId, patientId), eq(diaryEntries.worstPain, 0)));
    await handle.db
      .insert(flagEvidence)
      .values(quiet.map((row) => ({ flagId: live.id, entryId: row.id, nightOf: row.nightOf, addedAt: new Date() })));
    const before = await flagsOf(handle.db, patientId);

    const run = await handle.db.transaction((tx) => reevaluatePatient(tx, { patientId }));

    expect(run.filter((f) => f.flag.ruleId === RULE)).toEqual([]);
    expect(await flagsOf(handle.db, patientId)).toEqual(before);
    // Version 2 cited only the pain nights; the quiet ones came from the version-1 stamp above.
    expect(painEvidence).toEqual([nightsAgo(23), nightsAgo(22), nightsAgo(21), nightsAgo(10)].sort());
  });

  it('an open version-1 flag keeps its version when version 2 adds evidence to it', async () => {
    const patientId = await newPatient();
    for (const ago of [30, 29, 28, 27, 26, 25, 24]) await save(patientId, ago);
    await save(patientId, 20, { worst_pain: 3, episodes: 1 });
    const old = await raiseUnderVersion1(handle.db, patientId, nightsAgo(20));

    for (const ago of [9, 8, 7]) await save(patientId, ago, { worst_pain: 2, episodes: 1 });
    const saved = await save(patientId, 0, { worst_pain: 6, episodes: 1 });
    const touched = saved.flags.find((f) => f.flag.ruleId === RULE);
    expect(touched).toMatchObject({ change: 'evidence_added', flag: { id: old.id, rulesVersion: RULES_V1_VERSION } });

    const run = await handle.db.transaction((tx) => reevaluatePatient(tx, { patientId }));
    expect(run.filter((f) => f.flag.ruleId === RULE).map((f) => f.change)).toEqual(['unchanged']);
    const [kept] = await flagsOf(handle.db, patientId);
    expect(kept).toMatchObject({ id: old.id, status: 'open', rulesVersion: RULES_V1_VERSION });
    expect(await evidenceNights(handle.db, old.id)).toContain(nightsAgo(0));
  });
});
