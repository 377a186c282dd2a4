import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, patients, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { PANEL_SORT_KEYS, type PanelSortKey } from '../validation/panel-params';
import { saveDiaryEntry } from '../diary/save-entry';
import { ForbiddenError } from '../errors';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import type { Actor } from './actor';
import { findPanelPatients, type PanelQuery } from './patients';

// Noon local time, so "today" is the same night whatever the machine's time zone.
const NOW = new Date(2026, 2, 15, 12, 0, 0);
const TODAY = '2026-03-15';
const ago = (nights: number) => addDays(TODAY, -nights);
const QUERY: PanelQuery = { query: '', sort: 'name', desc: false, flag: null, trend: null, limit: 50, now: NOW };

describe.each(testDatabases())('the clinician panel on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let clinician: Actor;
  let other: Actor;
  const ids: Record<string, string> = {};

  async function patient(name: string, team: Actor): Promise<Actor> {
    const actor = await createActor(handle.db, 'patient', {
      name,
      email: `${name.toLowerCase().replace(/ /g, '.')}@panel.test`,
    });
    await assignToCareTeam(handle.db, team, actor);
    ids[name] = actor.patientId!;
    return actor;
  }

  async function enter(actor: Actor, nightsAgo: number, fields: Parameters<typeof night>[1]) {
    const nightOf = ago(nightsAgo);
    await saveDiaryEntry(handle.db, {
      patientId: actor.patientId!,
      fields: night(nightOf, fields),
      now: new Date(`${addDays(nightOf, 1)}T07:00:00Z`),
    });
  }

  beforeAll(async () => {
    handle = await open();
    clinician = await createActor(handle.db, 'clinician');
    other = await createActor(handle.db, 'clinician');
    // Worse this week (6) than last (2): rising, seven pain nights, recurrent-pain flags (soon).
    const rising = await patient('Ada Rising', clinician);
    for (let n = 14; n >= 1; n--) await enter(rising, n, { worst_pain: n <= 7 ? 6 : 2 });
    // One quiet night three nights ago.
    const quiet = await patient('Bo Quiet', clinician);
    await enter(quiet, 3, { worst_pain: 0 });
    // Never wrote anything.
    await patient('Cy Silent', clinician);
    // Chest pain two nights ago: an emergency flag.
    const chest = await patient('Di Chest', clinician);
    await enter(chest, 2, { worst_pain: 3, episodes: 1, symptoms: ['chest_pain'] });
    // Tonight does not count in "the last 7 nights"; an old night counts only as the last entry.
    const late = await patient('Ed Tonight', clinician);
    await enter(late, 40, { worst_pain: 9 });
    await enter(late, 0, { worst_pain: 8 });
    // On the other clinician's team: must never appear.
    const elsewhere = await patient('Zed Elsewhere', other);
    await enter(elsewhere, 1, { worst_pain: 10, symptoms: ['chest_pain'] });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('computes each figure in SQL, for the care team only', async () => {
    const { patients, total } = await findPanelPatients(handle.db, clinician, QUERY);
    expect(total).toBe(5);
    expect(patients.map((p) => p.name)).toEqual(['Ada Rising', 'Bo Quiet', 'Cy Silent', 'Di Chest', 'Ed Tonight']);
    const byName = Object.fromEntries(patients.map((p) => [p.name, p]));
    expect(byName['Ada Rising']).toMatchObject({
      last_entry_night: ago(1),
      pain_nights_7d: 7,
      pain_nights_30d: 14,
      mean_worst_pain_7d: 6,
      trend: 'rising',
      trend_delta: 4,
      highest_open_flag_tier: 'soon',
      entries_last_14_nights: 14,
    });
    expect(byName['Bo Quiet']).toMatchObject({
      last_entry_night: ago(3),
      pain_nights_7d: 0,
      mean_worst_pain_7d: 0,
      trend: null,
      highest_open_flag_tier: null,
      open_flag_count: 0,
      entries_last_14_nights: 1,
    });
    expect(byName['Cy Silent']).toMatchObject({ last_entry_night: null, mean_worst_pain_7d: null, pain_nights_30d: 0 });
    expect(byName['Di Chest']).toMatchObject({ pain_nights_7d: 1, highest_open_flag_tier: 'emergency' });
    expect(byName['Ed Tonight']).toMatchObject({
      last_entry_night: TODAY,
      pain_nights_7d: 0,
      pain_nights_30d: 0,
      mean_worst_pain_7d: null,
    });
    expect(patients.some((p) => p.id === ids['Zed Elsewhere'])).toBe(false);
  });

  it('sorts by the allow-listed keys, missing values lowest', async () => {
    const names = async (sort: PanelSortKey, desc: boolean) =>
      (await findPanelPatients(handle.db, clinician, { ...QUERY, sort, desc })).patients.map((p) => p.name);
    expect(await names('highest_flag', true)).toEqual([
      'Di Chest',
      'Ada Rising',
      'Bo Quiet',
      'Cy Silent',
      'Ed Tonight',
    ]);
    expect(await names('mean_worst_pain_7d', true)).toEqual([
      'Ada Rising',
      'Di Chest',
      'Bo Quiet',
      'Cy Silent',
      'Ed Tonight',
    ]);
    expect(await names('last_entry', false)).toEqual(['Cy Silent', 'Bo Quiet', 'Di Chest', 'Ada Rising', 'Ed Tonight']);
  });

  it.each(
    PANEL_SORT_KEYS.flatMap((sort) => [
      { sort, desc: false },
      { sort, desc: true },
    ]),
  )('keyset pages by $sort (desc: $desc) visit every patient once, in page order', async ({ sort, desc }) => {
    const expected = (await findPanelPatients(handle.db, clinician, { ...QUERY, sort, desc })).patients.map(
      (p) => p.id,
    );
    const seen: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof findPanelPatients>> = await findPanelPatients(handle.db, clinician, {
        ...QUERY,
        sort,
        desc,
        limit: 2,
        cursor,
      });
      seen.push(...page.patients.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it('pages by offset and still reports the total past the end', async () => {
    const second = await findPanelPatients(handle.db, clinician, { ...QUERY, limit: 2, offset: 2 });
    expect(second.patients.map((p) => p.name)).toEqual(['Cy Silent', 'Di Chest']);
    const beyond = await findPanelPatients(handle.db, clinician, { ...QUERY, limit: 2, offset: 20 });
    expect(beyond).toMatchObject({ patients: [], total: 5 });
  });

  it('searches name or email, case-insensitively, with LIKE wildcards taken literally', async () => {
    const search = async (query: string) =>
      (await findPanelPatients(handle.db, clinician, { ...QUERY, query })).patients.map((p) => p.name);
    expect(await search('rising')).toEqual(['Ada Rising']);
    expect(await search('DI.CHEST@')).toEqual(['Di Chest']);
    expect(await search('%')).toEqual([]);
    expect(await search('zed')).toEqual([]);
  });

  it('filters by highest open flag and by trend', async () => {
    const filter = async (extra: Partial<PanelQuery>) =>
      (await findPanelPatients(handle.db, clinician, { ...QUERY, ...extra })).patients.map((p) => p.name);
    expect(await filter({ flag: 'any' })).toEqual(['Ada Rising', 'Di Chest']);
    expect(await filter({ flag: 'none' })).toEqual(['Bo Quiet', 'Cy Silent', 'Ed Tonight']);
    expect(await filter({ flag: 'emergency' })).toEqual(['Di Chest']);
    expect(await filter({ trend: 'rising' })).toEqual(['Ada Rising']);
    expect(await filter({ trend: 'falling' })).toEqual([]);
  });

  it('audits the listing and each patient shown, and refuses roles without patients:read', async () => {
    await findPanelPatients(handle.db, other, QUERY);
    const rows = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, other.userId), eq(auditEvents.action, 'patients.list')));
    // One row for the listing, one for each patient it showed.
    expect(rows.map((row) => row.patientId)).toEqual([null, ids['Zed Elsewhere']]);
    const admin = await createActor(handle.db, 'admin');
    await expect(findPanelPatients(handle.db, admin, QUERY)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('sorts a renamed patient under the new name at once, and shows the new name', async () => {
    const [row] = await handle.db
      .select({ userId: patients.userId })
      .from(patients)
      .where(eq(patients.id, ids['Ed Tonight']!));
    await handle.db.update(users).set({ name: 'Abe Tonight' }).where(eq(users.id, row!.userId));
    const page = await findPanelPatients(handle.db, clinician, QUERY);
    expect(page.patients.map((p) => p.name)).toEqual(['Abe Tonight', 'Ada Rising', 'Bo Quiet', 'Cy Silent', 'Di Chest']);
    await handle.db.update(users).set({ name: 'Ed Tonight' }).where(eq(users.id, row!.userId));
  });
});
