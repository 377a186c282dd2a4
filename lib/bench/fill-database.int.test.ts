import { asc, count, eq, min, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careTeam, diaryEntries, flagEvidence, patients, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { verifyPassword } from '@/lib/auth/password';
import { generatePatients } from '@/lib/demo/generate';
import { entryFields, rowToEntry } from '@/lib/diary/mapping';
import { DEMO_PASSWORD } from '@/lib/env';
import { addDays } from '@/lib/rules';
import { testEntry } from '@/lib/export/test-data';
import { testDatabases } from '@/lib/testing/test-databases';
import postgres from 'postgres';
import { rowsOf } from '@/lib/dal/panel-sql';
import { insertDiaryEntries } from './bulk-entries';
import { copyDiaryEntries } from './copy-entries';
import { fillDatabase, type FillSummary } from './fill-database';

const END_NIGHT = '2026-03-31';
const OPTIONS = { patients: 12, nights: 30, clinicians: 3, endNight: END_NIGHT, flagNights: 7, seed: 42 };

describe.each(testDatabases())('scale generator on $name', ({ name, open }) => {
  let handle: DatabaseHandle;
  let summary: FillSummary;

  beforeAll(async () => {
    handle = await open();
    // On the server the nights go in by COPY, on PGlite by multi-row INSERT: both paths are checked.
    summary = await fillDatabase(handle.db, {
      ...OPTIONS,
      concurrency: handle.kind === 'postgres' ? 3 : 1,
      copyUrl: handle.kind === 'postgres' ? handle.url : undefined,
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('creates the clinicians and patients, each patient on exactly one team, teams even', async () => {
    expect(summary.clinicians.map((c) => c.email)).toEqual([
      'bench-clinician-1@example.org',
      'bench-clinician-2@example.org',
      'bench-clinician-3@example.org',
    ]);
    const teams = await handle.db
      .select({ clinician: careTeam.clinicianUserId, n: count() })
      .from(careTeam)
      .groupBy(careTeam.clinicianUserId);
    expect(teams.map((t) => t.n)).toEqual([4, 4, 4]);
    const [patientCount] = await handle.db.select({ n: count() }).from(patients);
    expect(patientCount?.n).toBe(12);
  });

  it('gives every account the demo password, hashed once', async () => {
    const rows = await handle.db.select({ hash: users.passwordHash }).from(users);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(1);
    expect(await verifyPassword(rows[0]?.hash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('stores every generated night exactly as generated', async () => {
    const expected = [...generatePatients({ count: 12, nights: 30, endNight: END_NIGHT, seed: 42 })];
    const [entryCount] = await handle.db.select({ n: count() }).from(diaryEntries);
    expect(entryCount?.n).toBe(summary.entries);
    expect(summary.entries).toBe(expected.reduce((sum, p) => sum + p.entries.length, 0));
    const [first] = expected;
    const rows = await handle.db
      .select({ entry: diaryEntries })
      .from(diaryEntries)
      .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
      .innerJoin(users, eq(users.id, patients.userId))
      .where(eq(users.email, first?.email ?? ''))
      .orderBy(asc(diaryEntries.nightOf));
    expect(rows.map((r) => entryFields(rowToEntry(r.entry)))).toEqual(first?.entries);
  });

  it('raises flags from the most recent nights only', async () => {
    const [evidence] = await handle.db.select({ first: min(flagEvidence.nightOf), n: count() }).from(flagEvidence);
    expect(evidence?.n).toBeGreaterThan(0);
    // Evidence may reach back into the rules' 14-night window, never further.
    expect(evidence?.first && evidence.first >= addDays(END_NIGHT, -(OPTIONS.flagNights - 1) - 13)).toBe(true);
  });

  it('leaves every patient a summary that counts the flags the deferred pass raised', async () => {
    const [check] = rowsOf<{ summaries: number; wrong: number }>(
      await handle.db.execute(sql`
        select (select count(*) from patient_summaries)::int as summaries,
          (select count(*) from patients p left join patient_summaries s on s.patient_id = p.id
           where coalesce(s.live_flags, -1) <> (select count(*) from flags f
             where f.patient_id = p.id and f.status in ('open', 'acknowledged')))::int as wrong`),
    );
    expect(check).toEqual({ summaries: OPTIONS.patients, wrong: 0 });
  });

  it('refuses to generate twice into the same database', async () => {
    await expect(fillDatabase(handle.db, OPTIONS)).rejects.toThrow('already holds generated data');
  });

  it('bulk-inserts awkward text and empty values intact', async () => {
    const [patient] = await handle.db.select({ id: patients.id }).from(patients).limit(1);
    const notes = `Quote " backslash \\ brace {x}, comma, NULL and 'apostrophe' — ü`;
    const fields = {
      ...testEntry('2025-01-01'),
      notes,
      sleep_quality: null,
      hydration_glasses: null,
      patterns: [],
      symptoms: ['calf_swelling' as const, 'fever' as const],
    };
    await insertDiaryEntries(handle.db, [
      { patientId: patient?.id ?? '', fields, at: new Date('2025-01-02T07:30:00Z') },
    ]);
    const [row] = await handle.db
      .select()
      .from(diaryEntries)
      .where(sql`${diaryEntries.patientId} = ${patient?.id} and ${diaryEntries.nightOf} = '2025-01-01'`);
    expect(row).toMatchObject({
      notes,
      sleepQuality: null,
      hydrationGlasses: null,
      patterns: [],
      symptoms: ['calf_swelling', 'fever'],
      relief: ['stretching', 'massage'],
      wokeFromPain: true,
      stretchedBeforeBed: true,
      createdAt: new Date('2025-01-02T07:30:00Z'),
    });
  });

  it.runIf(name === 'postgres')('copies awkward text (tabs, line breaks, backslashes) intact', async () => {
    const [patient] = await handle.db.select({ id: patients.id }).from(patients).limit(1);
    const notes = 'Tab\there, line\nbreak, CR\r, backslash \\N and \\t, "quotes", {braces}, NULL — ü';
    const fields = { ...testEntry('2025-01-03'), notes, sleep_quality: null, patterns: [], symptoms: ['fever' as const] };
    const client = postgres(handle.url ?? '', { max: 1, onnotice: () => {} });
    try {
      await copyDiaryEntries(client, [{ patientId: patient?.id ?? '', fields, at: new Date('2025-01-04T07:30:00Z') }]);
    } finally {
      await client.end({ timeout: 5 });
    }
    const [row] = await handle.db
      .select()
      .from(diaryEntries)
      .where(sql`${diaryEntries.patientId} = ${patient?.id} and ${diaryEntries.nightOf} = '2025-01-03'`);
    expect(row).toMatchObject({ notes, sleepQuality: null, patterns: [], symptoms: ['fever'] });
  });
});
