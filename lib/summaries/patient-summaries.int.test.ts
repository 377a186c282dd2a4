import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diaryEntries, flags, patients, patientSummaries, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { insertDiaryEntries } from '../bench/bulk-entries';
import { panelWindows, TREND_MIN_ENTRIES } from '../dal/panel-windows';
import { createRng, type Rng } from '../demo/random';
import { rowToEntry } from '../diary/mapping';
import { saveDiaryEntry } from '../diary/save-entry';
import { transitionFlag } from '../flags/flag-actions';
import { addDays, TIERS } from '../rules';
import { isPainNight } from '../rules/predicates';
import { createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { rollPatientSummaries } from './roll';

// Noon local time, so the clinic's date is the same whatever the machine's time zone.
const at = (day: string) => new Date(`${day}T12:00:00`);
const TODAY = '2026-03-15';

interface Figures {
  last_entry: string | null;
  pain_7: number;
  pain_30: number;
  entries_14: number;
  mean_7: number | null;
  trend_delta: number | null;
  flag_rank: number;
  live_flags: number;
  sort_name: string;
}

/** num/den rounded to one decimal, halves away from zero (as PostgreSQL's round(numeric, 1)), in integers. */
function roundTenth(num: number, den: number): number {
  const tenths = Math.floor((2 * Math.abs(num) * 10 + den) / (2 * den));
  return (Math.sign(num) * tenths) / 10 || 0;
}

/** The figures recomputed from scratch in TypeScript, from the rule engine's own pain-night predicate. */
async function recompute(handle: DatabaseHandle, patientId: string, today: string): Promise<Figures> {
  const w = panelWindows(today);
  const entries = (
    await handle.db.select().from(diaryEntries).where(eq(diaryEntries.patientId, patientId))
  ).map(rowToEntry);
  const live = await handle.db
    .select({ tier: flags.tier })
    .from(flags)
    .where(sql`${flags.patientId} = ${patientId} and ${flags.status} in ('open', 'acknowledged')`);
  // The database's own lower(): what it sorts by, whatever the locale does to letters beyond ASCII.
  const [person] = await handle.db
    .select({ sortName: sql<string>`lower(${users.name})` })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.id, patientId));
  const inRange = (from: string) => entries.filter((e) => e.night_of >= from && e.night_of < w.today);
  const week = inRange(w.last7From);
  const previous = entries.filter((e) => e.night_of >= w.previous7From && e.night_of < w.last7From);
  const sum = (list: typeof entries) => list.reduce((total, e) => total + e.worst_pain, 0);
  const enough = week.length >= TREND_MIN_ENTRIES && previous.length >= TREND_MIN_ENTRIES;
  return {
    last_entry: entries.map((e) => e.night_of).sort().at(-1) ?? null,
    pain_7: week.filter(isPainNight).length,
    pain_30: inRange(w.last30From).filter(isPainNight).length,
    entries_14: inRange(w.last14From).length,
    mean_7: week.length > 0 ? roundTenth(sum(week), week.length) : null,
    trend_delta: enough
      ? roundTenth(sum(week) * previous.length - sum(previous) * week.length, week.length * previous.length)
      : null,
    flag_rank: Math.max(0, ...live.map((f) => TIERS.indexOf(f.tier) + 1)),
    live_flags: live.length,
    sort_name: person?.sortName ?? '',
  };
}

async function stored(handle: DatabaseHandle, patientId: string): Promise<(Figures & { as_of: string }) | null> {
  const [row] = await handle.db.select().from(patientSummaries).where(eq(patientSummaries.patientId, patientId));
  if (!row) return null;
  return {
    as_of: row.asOf,
    last_entry: row.lastEntry,
    pain_7: row.pain7,
    pain_30: row.pain30,
    entries_14: row.entries14,
    mean_7: row.mean7,
    trend_delta: row.trendDelta,
    flag_rank: row.flagRank,
    live_flags: row.liveFlags,
    sort_name: row.sortName,
  };
}

/** A random night: often painless, sometimes severe, now and then with a warning sign that raises a flag. */
function randomNight(rng: Rng, nightOf: string) {
  const pain = rng.weighted([
    [0, 4],
    [rng.int(1, 4), 3],
    [rng.int(5, 10), 2],
  ] as const);
  return night(nightOf, {
    worst_pain: pain,
    episodes: pain === 0 ? (rng.chance(0.2) ? 1 : 0) : rng.int(0, 4),
    woke_from_pain: rng.chance(0.25),
    side: rng.pick(['left', 'right', 'both', 'none'] as const),
    symptoms: rng.chance(0.08) ? ['calf_swelling', 'calf_warmth'] : rng.chance(0.03) ? ['chest_pain'] : [],
  });
}

describe.each(testDatabases())('patient summaries on $name', ({ open }) => {
  let handle: DatabaseHandle;
  const patientIds: string[] = [];
  let clinicianId: string;

  async function expectAllMatch(today: string) {
    for (const id of patientIds) {
      const summary = await stored(handle, id);
      const { as_of, ...figures } = summary ?? { as_of: null };
      expect({ id, as_of, ...figures }).toEqual({ id, as_of: today, ...(await recompute(handle, id, today)) });
    }
  }

  beforeAll(async () => {
    handle = await open();
    clinicianId = (await createActor(handle.db, 'clinician')).userId;
    for (let i = 0; i < 6; i++) patientIds.push((await createActor(handle.db, 'patient')).patientId!);
    await rollPatientSummaries(handle.db, at(TODAY));
  });
  afterAll(async () => handle?.close());

  it('matches a from-scratch recomputation after random saves, edits, bulk inserts and flag actions', async () => {
    const rng = createRng(20260315);
    for (let step = 0; step < 120; step++) {
      const patientId = rng.pick(patientIds);
      // Nights from 40 ago to tonight: some outside every window, some edited again.
      const nightOf = addDays(TODAY, -rng.int(0, 40));
      await saveDiaryEntry(handle.db, { patientId, fields: randomNight(rng, nightOf), now: at(addDays(nightOf, 1)) });
      if (step % 15 === 14) {
        const live = await handle.db
          .select({ id: flags.id, status: flags.status })
          .from(flags)
          .where(sql`${flags.status} in ('open', 'acknowledged')`)
          .orderBy(asc(flags.id));
        const flag = live.length > 0 ? rng.pick(live) : undefined;
        if (flag) {
          const action = flag.status === 'open' && rng.chance(0.5) ? 'acknowledge' : 'resolve';
          await transitionFlag(handle.db, { flagId: flag.id, action, actorUserId: clinicianId, note: 'checked' });
        }
      }
    }
    // The generator's path: one multi-row statement across patients, no application lock.
    const bulk = patientIds.slice(0, 3).flatMap((patientId, i) =>
      Array.from({ length: 5 }, (_, k) => ({
        patientId,
        fields: randomNight(rng, addDays(TODAY, -(50 + 10 * i + k))),
        at: at(TODAY),
      })),
    );
    await insertDiaryEntries(handle.db, bulk);
    // And a delete (no application path deletes nights, but the summary must follow any writer).
    await handle.db.delete(diaryEntries).where(eq(diaryEntries.nightOf, addDays(TODAY, -50)));
    await expectAllMatch(TODAY);
  });

  it('rolls the moving windows forward a day, and a week, and back', async () => {
    for (const day of [addDays(TODAY, 1), addDays(TODAY, 8), TODAY]) {
      expect(await rollPatientSummaries(handle.db, at(day))).toBe(patientIds.length);
      await expectAllMatch(day);
    }
    // Rolling again to the same day rewrites nothing.
    expect(await rollPatientSummaries(handle.db, at(TODAY))).toBe(0);
  });

  it('counts every night when one patient writes concurrently, through the app and around it', async () => {
    const patientId = (await createActor(handle.db, 'patient')).patientId!;
    patientIds.push(patientId);
    const rng = createRng(7);
    const nights = Array.from({ length: 16 }, (_, i) => addDays(TODAY, -(i + 1)));
    const [appNights, rawNights] = [nights.slice(0, 8), nights.slice(8)];
    await Promise.all([
      ...appNights.map((nightOf) =>
        saveDiaryEntry(handle.db, { patientId, fields: randomNight(rng, nightOf), now: at(TODAY) }),
      ),
      // Raw single-row inserts take no application lock: only the trigger's own locking orders them.
      ...rawNights.map((nightOf) =>
        insertDiaryEntries(handle.db, [{ patientId, fields: randomNight(rng, nightOf), at: at(TODAY) }]).catch(
          (error: unknown) => {
            // A night the app path already wrote is a unique clash, not a summary problem.
            if (!String(error).includes('diary_entries_patient_night_key')) throw error;
          },
        ),
      ),
    ]);
    await expectAllMatch(TODAY);
  });

  it('has a row for a patient from the moment they exist, and keeps one through a roll', async () => {
    const silent = (await createActor(handle.db, 'patient', { name: 'Quiet Newcomer' })).patientId!;
    patientIds.push(silent);
    expect(await stored(handle, silent)).toMatchObject({ as_of: TODAY, last_entry: null, sort_name: 'quiet newcomer' });
    await rollPatientSummaries(handle.db, at(addDays(TODAY, 1)));
    await expectAllMatch(addDays(TODAY, 1));
  });

  it('follows a rename into the sort key, and ignores updates that keep the name', async () => {
    const [first] = patientIds;
    const [owner] = await handle.db.select({ userId: patients.userId }).from(patients).where(eq(patients.id, first!));
    await handle.db.update(users).set({ name: 'Aaron Renamed' }).where(eq(users.id, owner!.userId));
    expect((await stored(handle, first!))?.sort_name).toBe('aaron renamed');
    const before = await handle.db.select().from(patientSummaries).where(eq(patientSummaries.patientId, first!));
    await handle.db.update(users).set({ active: true }).where(eq(users.id, owner!.userId));
    const after = await handle.db.select().from(patientSummaries).where(eq(patientSummaries.patientId, first!));
    expect(after[0]?.updatedAt).toEqual(before[0]?.updatedAt);
    await expectAllMatch(addDays(TODAY, 1));
  });
});
