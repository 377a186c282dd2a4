import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, careTeam, patients } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import type { DiaryFields } from '../diary/types';
import { ForbiddenError } from '../errors';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import { listWorklist } from './flags';
import { listNotReportingPatients } from './not-reporting';
import { findPanelPatients } from './patients';

// Noon local time, so "today" is the same night whatever the machine's time zone.
const NOW = new Date(2026, 2, 15, 12, 0, 0);
const TODAY = '2026-03-15';
const ago = (nights: number) => addDays(TODAY, -nights);

describe.each(testDatabases())('"not reporting" for the care team on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let clinician: Actor;
  const ids: Record<string, string> = {};

  /** A patient enrolled 60 days before TODAY, with entries on the given nights ago (the first with `first`'s fields). */
  async function patient(
    name: string,
    team: Actor,
    nightsAgo: number[],
    first: Partial<DiaryFields> = {},
  ): Promise<void> {
    const actor = await createActor(handle.db, 'patient', { name });
    await assignToCareTeam(handle.db, team, actor);
    await handle.db
      .update(patients)
      .set({ createdAt: new Date(2026, 0, 14, 9, 0, 0) })
      .where(eq(patients.id, actor.patientId!));
    for (const [i, n] of nightsAgo.entries()) {
      await saveDiaryEntry(handle.db, { patientId: actor.patientId!, fields: night(ago(n), i === 0 ? first : {}) });
    }
    ids[name] = actor.patientId!;
  }

  beforeAll(async () => {
    handle = await open();
    clinician = await createActor(handle.db, 'clinician');
    const other = await createActor(handle.db, 'clinician');
    // Chest pain raises an emergency flag, so both have a card on the worklist.
    await patient('Ann Steady', clinician, [3, 2, 1], { symptoms: ['chest_pain'] });
    // Last night and the night before missed: still within the three-night allowance.
    await patient('Ben Lapsing', clinician, [4]);
    await patient('Cat Silent', clinician, [9, 8, 5], { symptoms: ['chest_pain'] });
    await patient('Dan Never', clinician, []);
    await patient('Eve Elsewhere', other, []);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('marks the patient table rows', async () => {
    const { patients: rows } = await findPanelPatients(handle.db, clinician, {
      query: '',
      sort: 'name',
      desc: false,
      flag: null,
      trend: null,
      limit: 50,
      now: NOW,
    });
    expect(rows.map((row) => [row.name, row.not_reporting])).toEqual([
      ['Ann Steady', false],
      ['Ben Lapsing', false],
      ['Cat Silent', true],
      ['Dan Never', true],
    ]);
  });

  it('lists the care team’s silent patients for the worklist, longest silent first, and audits the listing', async () => {
    expect(await listNotReportingPatients(handle.db, clinician, NOW)).toEqual({
      patients: [
        { id: ids['Dan Never'], name: 'Dan Never', last_entry_night: null },
        { id: ids['Cat Silent'], name: 'Cat Silent', last_entry_night: ago(5) },
      ],
      total: 2,
    });
    const audited = await handle.db
      .select({ patientId: auditEvents.patientId })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, clinician.userId), eq(auditEvents.action, 'worklist.not_reporting')));
    expect(audited.map((row) => row.patientId).sort()).toEqual([null, ids['Cat Silent'], ids['Dan Never']].sort());
  });

  it('names only the first of many, counts them all, and audits only whom it names', async () => {
    const viewer = await createActor(handle.db, 'clinician');
    for (const name of ['Dan Never', 'Cat Silent', 'Ann Steady']) {
      await handle.db.insert(careTeam).values({ clinicianUserId: viewer.userId, patientId: ids[name]! });
    }
    expect(await listNotReportingPatients(handle.db, viewer, NOW, 1)).toEqual({
      patients: [{ id: ids['Dan Never'], name: 'Dan Never', last_entry_night: null }],
      total: 2,
    });
    const audited = await handle.db
      .select({ patientId: auditEvents.patientId })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, viewer.userId), eq(auditEvents.action, 'worklist.not_reporting')));
    expect(audited.map((row) => row.patientId).sort()).toEqual([null, ids['Dan Never']].sort());
  });

  it('marks the worklist cards of silent patients, whether or not the list above names them', async () => {
    const { items } = await listWorklist(handle.db, clinician, { tier: null, status: null, rule: null, page: 1 }, NOW);
    const marks = new Map(items.map((item) => [item.patient_name, item.patient_not_reporting]));
    expect(marks).toEqual(
      new Map([
        ['Ann Steady', false],
        ['Cat Silent', true],
      ]),
    );
  });

  it('is refused to a patient', async () => {
    const patientActor = await createActor(handle.db, 'patient');
    await expect(listNotReportingPatients(handle.db, patientActor, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
