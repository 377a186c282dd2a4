import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diaryEntries } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { rowToEntry } from '../diary/mapping';
import { saveDiaryEntry } from '../diary/save-entry';
import { addDays, isWithin } from '../rules';
import { isPainNight } from '../rules/predicates';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import { findPanelPatients } from './patients';

// Noon local time, so "today" is the same night whatever the machine's time zone.
const NOW = new Date(2026, 2, 15, 12, 0, 0);
const TODAY = '2026-03-15';

/** Every combination of the three fields the definition reads, including the edges (0 and 1). */
const COMBINATIONS = [0, 1, 7].flatMap((worst_pain) =>
  [0, 1].flatMap((episodes) => [false, true].map((woke_from_pain) => ({ worst_pain, episodes, woke_from_pain }))),
);

/**
 * The database restates "pain night" in SQL (is_pain_night in migration 0008,
 * behind the patient summaries the panel reads) so it can count it; this
 * holds that copy to the one in lib/rules: on the same rows, the panel's
 * counts equal the TypeScript predicate's.
 */
describe.each(testDatabases())('pain nights in the panel SQL and in lib/rules on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let clinician: Actor;
  let patient: Actor;

  beforeAll(async () => {
    handle = await open();
    clinician = await createActor(handle.db, 'clinician');
    patient = await createActor(handle.db, 'patient');
    await assignToCareTeam(handle.db, clinician, patient);
    // One combination per night, 1 to 12 nights ago: the first 7 fall in "the last 7 nights".
    for (const [index, fields] of COMBINATIONS.entries()) {
      const nightOf = addDays(TODAY, -(index + 1));
      await saveDiaryEntry(handle.db, {
        patientId: patient.patientId!,
        fields: night(nightOf, fields),
        now: new Date(`${addDays(nightOf, 1)}T07:00:00Z`),
      });
    }
  });
  afterAll(async () => {
    await handle.close();
  });

  it('counts the same nights as isPainNight over the last 7 and 30 nights', async () => {
    const rows = await handle.db
      .select()
      .from(diaryEntries)
      .where(eq(diaryEntries.patientId, patient.patientId!))
      .orderBy(asc(diaryEntries.nightOf));
    const entries = rows.map(rowToEntry);
    expect(entries).toHaveLength(COMBINATIONS.length);
    const painIn = (from: string) =>
      entries.filter((entry) => isWithin(entry.night_of, { from, to: addDays(TODAY, -1) }) && isPainNight(entry)).length;

    const { patients } = await findPanelPatients(handle.db, clinician, {
      query: '',
      sort: 'name',
      desc: false,
      flag: null,
      trend: null,
      limit: 10,
      now: NOW,
    });
    expect(patients).toHaveLength(1);
    expect(patients[0]?.pain_nights_7d).toBe(painIn(addDays(TODAY, -7)));
    expect(patients[0]?.pain_nights_30d).toBe(painIn(addDays(TODAY, -30)));
    // The rows really do disagree with each other: only the all-zero nights are pain-free.
    expect(painIn(addDays(TODAY, -30))).toBe(COMBINATIONS.length - 1);
  });
});
