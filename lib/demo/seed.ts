import { count, eq, inArray, lt, and } from 'drizzle-orm';
import { careTeam, experiments, flags, patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { hashPassword } from '../auth/password';
import { insertAccount } from '../accounts/insert-account';
import { saveDiaryEntryInTransaction } from '../diary/save-entry';
import type { PatientProfile } from '../diary/types';
import { DEMO_PASSWORD } from '../env';
import { computeExperimentResult, experimentEndNight } from '../insights/experiment';
import { transitionFlag } from '../flags/flag-actions';
import { addDays, LIVE_FLAG_STATUSES } from '../rules';
import { todayIso } from '../validation/dates';
import { DEMO_STAFF, demoCareTeam, demoPatients, type DemoPatient } from './generate';
import { seedDemoNotifications } from './notifications';

export interface SeedSummary {
  patients: number;
  entries: number;
  flags: number;
}

/** Seeds the demo only into an empty database; returns null when there was data already. */
export async function seedDemoIfEmpty(db: Database, today = todayIso()): Promise<SeedSummary | null> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  return seedDemo(db, today);
}

/**
 * The demo clinic (docs/contract.md, "Demo data"): staff, patients with profiles and care teams, and
 * every night submitted through the same path as a real submission so flags
 * come from the rule engine. Deterministic for a given `today`; the last
 * night is the night before it.
 */
export async function seedDemo(db: Database, today = todayIso()): Promise<SeedSummary> {
  const endNight = addDays(today, -1);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staffIds = new Map<string, string>();
  for (const staff of DEMO_STAFF) {
    const { userId } = await insertAccount(db, { ...staff, passwordHash });
    staffIds.set(staff.email, userId);
  }

  const cast = demoPatients({ endNight });
  const patientIds = new Map<string, string>();
  let entries = 0;
  for (const patient of cast) {
    const patientId = await seedPatient(db, patient, passwordHash);
    patientIds.set(patient.email, patientId);
    entries += patient.entries.length;
  }

  for (const { clinicianEmail, patientEmail } of demoCareTeam(cast)) {
    const clinicianUserId = staffIds.get(clinicianEmail);
    const patientId = patientIds.get(patientEmail);
    if (clinicianUserId && patientId) await db.insert(careTeam).values({ clinicianUserId, patientId });
  }
  await reviewOldFlags(db, { endNight, clinicianIdFor: await clinicianByPatient(db) });
  await seedDemoNotifications(db, { endNight });
  const [flagCount] = await db.select({ n: count() }).from(flags);
  return { patients: cast.length, entries, flags: flagCount?.n ?? 0 };
}

async function seedPatient(db: Database, patient: DemoPatient, passwordHash: string): Promise<string> {
  const firstNight = patient.entries[0]?.night_of;
  const createdAt = firstNight ? new Date(`${addDays(firstNight, -1)}T12:00:00Z`) : undefined;
  const { userId, patientId } = await insertAccount(db, {
    email: patient.email,
    name: patient.name,
    role: 'patient',
    passwordHash,
    createdAt,
  });
  if (!patientId) throw new Error(`no patient record for ${patient.email}`);
  await db.update(patients).set(profileColumns(patient.profile)).where(eq(patients.id, patientId));
  // One transaction per patient: the same code path as a submission, without a commit per night.
  await db.transaction(async (tx) => {
    for (const fields of patient.entries) {
      // Submitted the morning after, as a patient would.
      const now = new Date(`${addDays(fields.night_of, 1)}T07:30:00Z`);
      await saveDiaryEntryInTransaction(tx, { patientId, fields, now });
    }
    if (patient.experiment) await seedFinishedExperiment(tx, patient, { userId, patientId });
  });
  return patientId;
}

/**
 * Stores a demo patient's finished two-week experiment as the app would have:
 * started by the patient on its first night, finished the morning its last
 * night was recorded, with the result computed from the seeded nights.
 */
async function seedFinishedExperiment(
  db: Database,
  patient: DemoPatient,
  ids: { userId: string; patientId: string },
): Promise<void> {
  const { factor, startNight } = patient.experiment!;
  const endNight = experimentEndNight(startNight);
  const finishedAt = new Date(`${addDays(endNight, 1)}T07:30:00Z`);
  await db.insert(experiments).values({
    patientId: ids.patientId,
    factor,
    startNight,
    endNight,
    status: 'finished',
    startedBy: ids.userId,
    startedAt: new Date(`${startNight}T20:00:00Z`),
    endedAt: finishedAt,
    result: computeExperimentResult(factor, startNight, patient.entries),
  });
}

function profileColumns(profile: PatientProfile) {
  return {
    dateOfBirth: profile.date_of_birth,
    sex: profile.sex,
    conditions: profile.conditions,
    medicines: profile.medicines,
    pregnancyDueDate: profile.pregnancy_due_date,
  };
}

async function clinicianByPatient(db: Database): Promise<Map<string, string>> {
  const rows = await db.select().from(careTeam);
  return new Map(rows.map((row) => [row.patientId, row.clinicianUserId]));
}

/**
 * A real clinic has worked through its older flags: those last seen more than
 * two weeks ago are resolved, those one to two weeks old acknowledged. Recent
 * ones stay open so the worklist has something to triage.
 */
async function reviewOldFlags(db: Database, options: { endNight: string; clinicianIdFor: Map<string, string> }) {
  const weekAgo = new Date(`${addDays(options.endNight, -6)}T00:00:00Z`);
  const old = await db
    .select()
    .from(flags)
    .where(and(inArray(flags.status, LIVE_FLAG_STATUSES), lt(flags.lastSeenAt, weekAgo)));
  const twoWeeksAgo = addDays(options.endNight, -13);
  for (const flag of old) {
    const actorUserId = options.clinicianIdFor.get(flag.patientId);
    if (!actorUserId) continue;
    const seen = flag.lastSeenAt;
    const reviewedAt = new Date(seen.getTime() + 20 * 60 * 60_000);
    await transitionFlag(db, { flagId: flag.id, action: 'acknowledge', actorUserId, note: null, now: reviewedAt });
    if (seen.toISOString().slice(0, 10) < twoWeeksAgo) {
      const note = 'Reviewed with the patient by phone; self-care advice given.';
      await transitionFlag(db, {
        flagId: flag.id,
        action: 'resolve',
        actorUserId,
        note,
        now: new Date(reviewedAt.getTime() + 3_600_000),
      });
    }
  }
}
