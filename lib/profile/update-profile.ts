import { eq } from 'drizzle-orm';
import { patients } from '@/db/schema';
import type { Database } from '@/db/types';
import { rowToProfile } from '../diary/mapping';
import type { PatientProfile } from '../diary/types';
import type { AppliedFlag } from '../flags/apply-firings';
import { reevaluatePatient } from '../flags/reevaluate';
import { addDays } from '../rules';
import { todayIso } from '../validation/dates';

/** How far back a profile change re-checks nights: the two weeks the rules look at. */
const PROFILE_REEVALUATION_NIGHTS = 14;

/**
 * Applies profile changes (omitted fields keep their value) and re-runs the
 * rules over the last two weeks in the same transaction, so a new condition
 * can escalate a live flag at once. No authorization here: the data layer
 * checks ownership first.
 */
export async function updatePatientProfile(
  db: Database,
  input: { patientId: string; changes: Partial<PatientProfile>; now?: Date },
): Promise<{ profile: PatientProfile; flags: AppliedFlag[] }> {
  const now = input.now ?? new Date();
  const { changes } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(patients)
      .set({
        dateOfBirth: changes.date_of_birth,
        sex: changes.sex,
        conditions: changes.conditions,
        medicines: changes.medicines,
        pregnancyDueDate: changes.pregnancy_due_date,
        updatedAt: now,
      })
      .where(eq(patients.id, input.patientId))
      .returning();
    if (!row) throw new Error(`patient ${input.patientId} does not exist`);
    const fromNight = addDays(todayIso(now), -PROFILE_REEVALUATION_NIGHTS);
    const flags = await reevaluatePatient(tx, { patientId: input.patientId, fromNight, now });
    return { profile: rowToProfile(row), flags };
  });
}
