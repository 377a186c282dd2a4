import 'server-only';
import { and, eq } from 'drizzle-orm';
import { careTeam, patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { NotFoundError } from '../errors';
import { isUuid } from '../validation/ids';
import type { Permission } from '../auth/permissions';
import { assertCan, type Actor } from './actor';

/**
 * The one gate for clinician access to a patient's record: the actor must hold
 * `permission` (403 otherwise) and be on the patient's care team. A patient
 * outside the team is indistinguishable from one that does not exist (404).
 */
export async function requireCareTeamPatient(
  db: Database,
  actor: Actor,
  patientId: string,
  permission: Permission = 'patients:read',
) {
  assertCan(actor, permission);
  if (!isUuid(patientId)) throw new NotFoundError('Patient not found');
  const [row] = await db
    .select({ patient: patients, name: users.name, email: users.email, active: users.active })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .innerJoin(careTeam, and(eq(careTeam.patientId, patients.id), eq(careTeam.clinicianUserId, actor.userId)))
    .where(eq(patients.id, patientId))
    .limit(1);
  if (!row) throw new NotFoundError('Patient not found');
  return row;
}
