import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { connectDatabase } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { careTeam, diaryEntries, patients, users } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { rowsOf } from '../../dal/panel-sql';
import { addDays } from '../../rules';
import { todayIso } from '../../validation/dates';
import { BENCH_CLINICIAN_EMAIL, fillDatabase } from '../fill-database';
import { percentile, since } from '../measure';

export interface BenchTarget {
  /** Environment for `next start`: which database to open. */
  serverEnv: Record<string, string>;
  label: string;
  /** Whether the data were generated now (false: reused from an earlier run). */
  generated: boolean;
  generateSeconds: number | null;
  clinicianEmail: string;
  /** Patients on that clinician's team. */
  teamSize: number;
  /** A team patient with a full year of nights: the patient page and the API read. */
  patientId: string;
  /** Patients who submit during the submission run (their e-mails). */
  submitters: string[];
  lastNight: string;
  /** The API's year read run directly on the database: p50 in ms over repeated runs, one at a time. */
  rawYearReadP50: number;
  /** The same statement from as many callers at once as the route gets connections: p50 in ms. */
  rawYearReadLoadedP50: number;
}

export interface TargetOptions {
  patients: number;
  nights: number;
  clinicians: number;
  databaseUrl?: string;
  submitters: number;
  log: (line: string) => void;
}

/**
 * The database the benchmark runs against: on a server, the dedicated
 * database calfwatch_bench_<N>x<M>x<K> (created and filled by the generator on
 * first use, reused afterwards); otherwise an embedded PGlite under .bench/.
 * Closed again before the server starts (PGlite allows one process).
 */
export async function prepareTarget(options: TargetOptions): Promise<BenchTarget> {
  const name = `calfwatch_bench_${options.patients}x${options.nights}x${options.clinicians}`;
  let handle: DatabaseHandle;
  let serverEnv: Record<string, string>;
  let label: string;
  if (options.databaseUrl) {
    const admin = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) await admin.unsafe(`create database ${name}`);
    await admin.end({ timeout: 5 });
    const url = new URL(options.databaseUrl);
    url.pathname = `/${name}`;
    handle = await connectDatabase({ url: url.toString(), max: 4 });
    serverEnv = { DATABASE_URL: url.toString(), PGLITE_DIR: '' };
    label = `PostgreSQL ${url.host}/${name}`;
  } else {
    const dataDir = path.join('.bench', name);
    fs.mkdirSync(dataDir, { recursive: true });
    handle = await connectDatabase({ dataDir });
    serverEnv = { DATABASE_URL: '', PGLITE_DIR: dataDir };
    label = `embedded PGlite ${dataDir}`;
  }
  try {
    await migrateDatabase(handle);
    const { db } = handle;
    const [clinician] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, BENCH_CLINICIAN_EMAIL(1)));
    let generated = false;
    let generateSeconds: number | null = null;
    if (!clinician) {
      options.log(`Generating ${options.patients} × ${options.nights} × ${options.clinicians} into ${label}…`);
      const start = performance.now();
      await fillDatabase(db, {
        patients: options.patients,
        nights: options.nights,
        clinicians: options.clinicians,
        endNight: addDays(todayIso(), -1),
        flagNights: 14,
        concurrency: handle.kind === 'postgres' ? 3 : 1,
        copyUrl: handle.kind === 'postgres' ? handle.url : undefined,
      });
      generated = true;
      generateSeconds = since(start) / 1000;
      options.log(`  generated in ${generateSeconds.toFixed(1)} s`);
    } else {
      options.log(`Reusing the data in ${label}.`);
    }
    const team = await db
      .select({ patientId: careTeam.patientId })
      .from(careTeam)
      .innerJoin(users, eq(users.id, careTeam.clinicianUserId))
      .where(eq(users.email, BENCH_CLINICIAN_EMAIL(1)))
      .orderBy(asc(careTeam.patientId));
    const [newest] = await db
      .select({ night: sql<string>`max(${diaryEntries.nightOf})::text` })
      .from(diaryEntries);
    const lastNight = newest?.night ?? addDays(todayIso(), -1);
    const yearFrom = addDays(lastNight, -364);
    // The team patient with the most nights in the year (ties: lowest id), for the page and the API.
    const [busiest] = rowsOf<{ patient_id: string }>(
      await db.execute(sql`
        select e.patient_id from diary_entries e
        where e.patient_id in (select ct.patient_id from care_team ct join users u on u.id = ct.clinician_user_id
                               where u.email = ${BENCH_CLINICIAN_EMAIL(1)})
          and e.night_of >= ${yearFrom}::date
        group by e.patient_id order by count(*) desc, e.patient_id limit 1`),
    );
    if (!busiest) throw new Error('the benchmark clinician has no patient with nights');
    const submitters = await db
      .select({ email: users.email })
      .from(users)
      .innerJoin(patients, eq(patients.userId, users.id))
      .where(and(eq(users.role, 'patient'), like(users.email, 'bench-%'), eq(users.active, true)))
      .orderBy(asc(users.email))
      .limit(options.submitters);
    const rawYearReadP50 = await timeRawYearRead(handle, busiest.patient_id, yearFrom, lastNight);
    const rawYearReadLoadedP50 = await timeRawYearReadLoaded(
      options.databaseUrl ? (serverEnv.DATABASE_URL ?? null) : null,
      handle,
      busiest.patient_id,
      yearFrom,
      lastNight,
    );
    return {
      serverEnv,
      label,
      generated,
      generateSeconds,
      clinicianEmail: BENCH_CLINICIAN_EMAIL(1),
      teamSize: team.length,
      patientId: busiest.patient_id,
      submitters: submitters.map((row) => row.email),
      lastNight,
      rawYearReadP50,
      rawYearReadLoadedP50,
    };
  } finally {
    await handle.close();
  }
}

/** The API's year read as one raw statement on the driver, no framework: the floor the API is compared with. */
function rawYearRead(patientId: string, from: string, to: string) {
  return sql`select * from diary_entries where patient_id = ${patientId} and night_of >= ${from}::date
    and night_of <= ${to}::date order by night_of desc`;
}

async function timeRawYearRead(handle: DatabaseHandle, patientId: string, from: string, to: string): Promise<number> {
  const statement = rawYearRead(patientId, from, to);
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const start = performance.now();
    await handle.db.execute(statement);
    if (i >= 10) times.push(since(start));
  }
  return percentile(times, 50);
}

/**
 * The raw statement under the route's load: RAW_LOAD_CALLERS callers at once
 * for RAW_LOAD_SECONDS, each on its own connection (on PGlite, which has one,
 * they queue as the server's requests do). The unloaded p50 is the issue's
 * yardstick; this one says how much of the API's time the database alone
 * takes when ten requests share the machine (BENCHMARKS.md).
 */
export const RAW_LOAD_CALLERS = 10;
const RAW_LOAD_SECONDS = 5;

async function timeRawYearReadLoaded(
  url: string | null,
  handle: DatabaseHandle,
  patientId: string,
  from: string,
  to: string,
): Promise<number> {
  const pool = url ? await connectDatabase({ url, max: RAW_LOAD_CALLERS }) : null;
  const db = pool?.db ?? handle.db;
  const statement = rawYearRead(patientId, from, to);
  const times: number[] = [];
  const start = performance.now();
  try {
    await Promise.all(
      Array.from({ length: RAW_LOAD_CALLERS }, async () => {
        while (since(start) < RAW_LOAD_SECONDS * 1000) {
          const began = performance.now();
          await db.execute(statement);
          times.push(since(began));
        }
      }),
    );
  } finally {
    await pool?.close();
  }
  return percentile(times, 50);
}
