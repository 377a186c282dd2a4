import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { careTeam, patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { NotFoundError } from '../errors';
import type { Permission } from '../auth/permissions';
import { isUuid } from '../validation/ids';
import { assertCan, type Actor } from './actor';

/**
 * The care-team scope, written once: a `care_team` row pairing the acting
 * clinician with the patient. Every query that scopes by care team uses it:
 * join on it (`innerJoin(careTeam, onCareTeam(actor, flags.patientId))`), or,
 * when reading the team table itself, filter by it (`where(onCareTeam(actor))`).
 */
export function onCareTeam(actor: Pick<Actor, 'userId'>, patientId?: AnyPgColumn | SQL): SQL {
  const mine = eq(careTeam.clinicianUserId, actor.userId);
  return (patientId ? and(mine, eq(careTeam.patientId, patientId)) : undefined) ?? mine;
}

declare const careTeamChecked: unique symbol;

/**
 * Proof that the care-team gate passed for one patient. Only
 * requireCareTeamPatient makes one, and the loaders that read a record without
 * checking anything themselves (entries, versions, flags, notes) require it, so
 * calling one before the check does not compile.
 */
export interface CareTeamAccess {
  readonly patientId: string;
  readonly [careTeamChecked]: true;
}

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
    .innerJoin(careTeam, onCareTeam(actor, patients.id))
    .where(eq(patients.id, patientId))
    .limit(1);
  if (!row) throw new NotFoundError('Patient not found');
  const access = { patientId: row.patient.id } as CareTeamAccess;
  return { ...row, access };
}
