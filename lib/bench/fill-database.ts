import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { careTeam, patients, users, type NewUser } from '@/db/schema';
import type { Database } from '@/db/types';
import { hashPassword } from '../auth/password';
import { generatePatients, type DemoPatient } from '../demo/generate';
import { DEMO_PASSWORD } from '../env';
import { reevaluatePatient } from '../flags/reevaluate';
import { addDays } from '../rules';
import postgres from 'postgres';
import { insertDiaryEntries, type BulkEntry } from './bulk-entries';
import { copyDiaryEntries } from './copy-entries';
import { runLimited } from './measure';

export interface FillOptions {
  patients: number;
  nights: number;
  clinicians: number;
  endNight: string;
  flagNights: number;
  seed?: number;
  /** Statements in flight at once: more than 1 only helps on a server with a connection pool. */
  concurrency?: number;
  /** The PostgreSQL server's URL: diary entries then go in by COPY over their own connections (much faster). */
  copyUrl?: string;
  onProgress?: (progress: FillProgress) => void;
}

export interface FillProgress {
  phase: 'entries' | 'flags';
  done: number;
  total: number;
}

export interface FillSummary {
  clinicians: Array<{ userId: string; email: string; name: string }>;
  patients: number;
  entries: number;
}

/** Patients generated and inserted per round. */
const PATIENT_BATCH = 100;
/** Diary rows per INSERT (one array parameter per column, so no parameter limit applies). */
const ENTRY_CHUNK = 5000;
/** Diary rows per COPY: a whole batch of patients at once. */
const COPY_CHUNK = 50_000;

export const BENCH_CLINICIAN_EMAIL = (n: number) => `bench-clinician-${n}@example.org`;

/**
 * The scale generator's fast path: streams generated patients and writes
 * users, patients, care-team rows with multi-row INSERTs and diary entries by
 * COPY on a server (multi-row INSERTs on the embedded database), not the
 * per-entry engine, then re-runs the rules over each patient's most
 * recent nights so the worklist has flags. Refuses a database that already
 * holds generated data, since the e-mails would clash.
 */
export async function fillDatabase(db: Database, options: FillOptions): Promise<FillSummary> {
  await assertNotGeneratedYet(db);
  const concurrency = options.concurrency ?? 1;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clinicians = Array.from({ length: options.clinicians }, (_, i) => ({
    userId: randomUUID(),
    email: BENCH_CLINICIAN_EMAIL(i + 1),
    name: `Dr Bench Clinician ${i + 1}`,
  }));
  await db
    .insert(users)
    .values(
      clinicians.map((c) => ({ id: c.userId, email: c.email, name: c.name, role: 'clinician' as const, passwordHash })),
    );

  const stream = generatePatients({
    count: options.patients,
    nights: options.nights,
    endNight: options.endNight,
    seed: options.seed,
  });
  const patientIds: string[] = [];
  let entries = 0;
  const writes = runLimited(concurrency);
  const copyClient = options.copyUrl ? postgres(options.copyUrl, { max: concurrency, onnotice: () => {} }) : null;
  const writeEntries = (chunk: BulkEntry[]) =>
    copyClient ? copyDiaryEntries(copyClient, chunk) : insertDiaryEntries(db, chunk);
  const chunkSize = copyClient ? COPY_CHUNK : ENTRY_CHUNK;
  let batch: DemoPatient[] = [];
  const flush = async () => {
    const rows = batchRows(batch, patientIds.length, clinicians, passwordHash);
    batch = [];
    // Patients must exist before their entries reference them.
    await writes.drain();
    await db.insert(users).values(rows.users);
    await db.insert(patients).values(rows.patients);
    await db.insert(careTeam).values(rows.careTeam);
    for (let i = 0; i < rows.entries.length; i += chunkSize) {
      const chunk = rows.entries.slice(i, i + chunkSize);
      await writes.add(() => writeEntries(chunk));
    }
    patientIds.push(...rows.patients.map((p) => p.id));
    entries += rows.entries.length;
    options.onProgress?.({ phase: 'entries', done: patientIds.length, total: options.patients });
  };
  try {
    for (const patient of stream) {
      batch.push(patient);
      if (batch.length === PATIENT_BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    await writes.drain();
  } finally {
    await copyClient?.end({ timeout: 5 });
  }

  // Fresh statistics after a bulk load, or the planner guesses from empty tables.
  await db.execute(sql`analyze`);
  if (options.flagNights > 0) await evaluateRecentNights(db, patientIds, options);
  // The flag pass deferred the patient summaries (docs/patient-summaries.md): one set-based rebuild instead.
  await db.execute(sql`select rebuild_patient_summaries()`);
  await db.execute(sql`analyze`);
  return { clinicians, patients: patientIds.length, entries };
}

async function assertNotGeneratedYet(db: Database): Promise<void> {
  const clash = await db
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.email, [BENCH_CLINICIAN_EMAIL(1), 'bench-000001@example.org']))
    .limit(1);
  if (clash[0]) {
    throw new Error(
      `This database already holds generated data (${clash[0].email} exists). Generate into an empty database instead.`,
    );
  }
}

type Clinician = FillSummary['clinicians'][number];

/** Rows for one batch; patient k goes to clinician k mod K, so teams are even. */
function batchRows(
  batch: readonly DemoPatient[],
  offset: number,
  clinicians: readonly Clinician[],
  passwordHash: string,
) {
  const rows = {
    users: [] as NewUser[],
    patients: [] as (typeof patients.$inferInsert & { id: string })[],
    careTeam: [] as (typeof careTeam.$inferInsert)[],
    entries: [] as BulkEntry[],
  };
  batch.forEach((patient, index) => {
    const userId = randomUUID();
    const patientId = randomUUID();
    const firstNight = patient.entries[0]?.night_of;
    const createdAt = firstNight ? new Date(`${addDays(firstNight, -1)}T12:00:00Z`) : new Date();
    rows.users.push({ id: userId, email: patient.email, name: patient.name, role: 'patient', passwordHash, createdAt });
    rows.patients.push({
      id: patientId,
      userId,
      dateOfBirth: patient.profile.date_of_birth,
      sex: patient.profile.sex,
      conditions: patient.profile.conditions,
      medicines: patient.profile.medicines,
      pregnancyDueDate: patient.profile.pregnancy_due_date,
      createdAt,
    });
    const clinician = clinicians[(offset + index) % clinicians.length] as Clinician;
    rows.careTeam.push({ clinicianUserId: clinician.userId, patientId });
    for (const fields of patient.entries) {
      // Written the morning after, as a patient would.
      rows.entries.push({ patientId, fields, at: new Date(`${addDays(fields.night_of, 1)}T07:30:00Z`) });
    }
  });
  return rows;
}

/**
 * Flags for the most recent nights only: re-running the rules over a whole
 * year per patient would cost as much as submitting every night one by one,
 * and the worklist only needs what is current.
 */
async function evaluateRecentNights(db: Database, patientIds: readonly string[], options: FillOptions): Promise<void> {
  const fromNight = addDays(options.endNight, -(options.flagNights - 1));
  const now = new Date();
  const work = runLimited(options.concurrency ?? 1);
  let done = 0;
  const step = Math.max(1, Math.floor(patientIds.length / 20));
  for (const patientId of patientIds) {
    await work.add(async () => {
      await db.transaction(async (tx) => {
        // Generated data: no need to wait for the disk on each commit, and the summaries are rebuilt once at the end.
        await tx.execute(
          sql`select set_config('synchronous_commit', 'off', true), set_config('calfwatch.defer_summaries', 'on', true), set_config('enable_seqscan', 'off', true)`,
        );
        await reevaluatePatient(tx, { patientId, fromNight, now });
      });
      done += 1;
      if (done % step === 0 || done === patientIds.length) {
        options.onProgress?.({ phase: 'flags', done, total: patientIds.length });
      }
    });
  }
  await work.drain();
}
