import { careTeam, patients } from '@/db/schema';
import type { Database } from '@/db/types';
import { eq } from 'drizzle-orm';
import { insertAccount } from '../accounts/insert-account';
import type { Role } from '../auth/permissions';
import { hashPassword } from '../auth/password';
import type { Actor } from '../dal/actor';
import { emptyDiaryFields } from '../diary/empty';
import type { DiaryFields, PatientProfile } from '../diary/types';

let counter = 0;
export const FIXTURE_PASSWORD = 'fixture-password-123';
let fixtureHash: Promise<string> | undefined;

/** Creates an account and returns it as an acting user. */
export async function createActor(
  db: Database,
  role: Role,
  overrides: { email?: string; name?: string } = {},
): Promise<Actor> {
  counter += 1;
  const email = overrides.email ?? `${role}-${counter}-${Date.now()}@test.example`;
  const name = overrides.name ?? `Test ${role} ${counter}`;
  // One hash for every fixture account keeps the suites fast.
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  const { userId, patientId } = await insertAccount(db, { email, name, role, passwordHash: await fixtureHash });
  return { userId, email, name, role, patientId, ip: '127.0.0.1' };
}

export async function assignToCareTeam(db: Database, clinician: Actor, patient: Actor): Promise<void> {
  if (!patient.patientId) throw new Error('not a patient');
  await db.insert(careTeam).values({ clinicianUserId: clinician.userId, patientId: patient.patientId });
}

export async function setProfile(db: Database, patientId: string, profile: Partial<PatientProfile>): Promise<void> {
  await db
    .update(patients)
    .set({
      conditions: profile.conditions,
      medicines: profile.medicines,
      pregnancyDueDate: profile.pregnancy_due_date,
      dateOfBirth: profile.date_of_birth,
      sex: profile.sex,
    })
    .where(eq(patients.id, patientId));
}

/** Diary fields with empty defaults, overridden as given. */
export function night(nightOf: string, overrides: Partial<DiaryFields> = {}): DiaryFields {
  return { ...emptyDiaryFields(nightOf), ...overrides };
}
