import 'server-only';
import { and, asc, count, eq, gt, ilike, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { careTeam, patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { can, ROLES } from '../auth/permissions';
import { NotFoundError } from '../errors';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { isUuid } from '../validation/ids';
import { escapeLike } from './users';

/** Accounts whose role reads patients' records: the only ones a care team can hold. */
const CARE_ROLES = ROLES.filter((role) => can(role, 'patients:read'));
export const PANEL_PAGE_SIZE = 50;
const SEARCH_LIMIT = 20;

export interface Assignment {
  clinician_user_id: string;
  patient_id: string;
  /** Whether the patient is on the clinician's team after the call. */
  assigned: boolean;
  /** Whether the call changed anything (false for a repeated PUT or DELETE). */
  changed: boolean;
}

export interface TeamMember {
  user_id: string;
  patient_id: string | null;
  name: string;
  email: string;
  active: boolean;
  assigned_at: Date;
}

/** Puts a patient on a clinician's care team; repeating it changes nothing. 404 for an unknown clinician or patient. */
export function assignPatient(
  db: Database,
  actor: Actor,
  clinicianUserId: string,
  patientId: string,
): Promise<Assignment> {
  return changeAssignment(db, actor, { clinicianUserId, patientId, assigned: true }, (tx, { clinician, patient }) =>
    tx
      .insert(careTeam)
      .values({ clinicianUserId: clinician.id, patientId: patient.id, assignedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ patientId: careTeam.patientId }),
  );
}

/** Takes a patient off a clinician's care team; their access ends at once. Idempotent like assignPatient. */
export function unassignPatient(
  db: Database,
  actor: Actor,
  clinicianUserId: string,
  patientId: string,
): Promise<Assignment> {
  return changeAssignment(db, actor, { clinicianUserId, patientId, assigned: false }, (tx, { clinician, patient }) =>
    tx
      .delete(careTeam)
      .where(and(eq(careTeam.clinicianUserId, clinician.id), eq(careTeam.patientId, patient.id)))
      .returning({ patientId: careTeam.patientId }),
  );
}

type Pair = Awaited<ReturnType<typeof requirePair>>;

/** Checks both ends, then writes and audits in one transaction; `write` returns the rows it changed. */
async function changeAssignment(
  db: Database,
  actor: Actor,
  change: { clinicianUserId: string; patientId: string; assigned: boolean },
  write: (tx: Database, pair: Pair) => Promise<unknown[]>,
): Promise<Assignment> {
  const pair = await requirePair(db, actor, change.clinicianUserId, change.patientId);
  return db.transaction(async (tx) => {
    const changed = (await write(tx, pair)).length > 0;
    return settleAssignment(tx, actor, pair, { assigned: change.assigned, changed });
  });
}

/** Audits an assignment change (only when something changed) and describes the outcome. */
async function settleAssignment(
  tx: Database,
  actor: Actor,
  { clinician, patient }: Pair,
  outcome: { assigned: boolean; changed: boolean },
): Promise<Assignment> {
  if (outcome.changed) {
    await recordAudit(tx, actor, {
      action: outcome.assigned ? 'care_team.assign' : 'care_team.unassign',
      patientId: patient.id,
      targetId: clinician.id,
      detail: { clinician_email: clinician.email, patient_email: patient.email },
    });
  }
  return { clinician_user_id: clinician.id, patient_id: patient.id, ...outcome };
}

/** A team member's columns, joined to `users` for the member (the clinician, or the patient's account). */
const MEMBER_FIELDS = {
  user_id: users.id,
  name: users.name,
  email: users.email,
  active: users.active,
  assigned_at: careTeam.assignedAt,
};

/** The clinicians caring for a patient, by name. */
export async function listPatientCareTeam(db: Database, actor: Actor, patientId: string): Promise<TeamMember[]> {
  assertCan(actor, 'care-team:manage');
  if (!isUuid(patientId)) throw new NotFoundError('Patient not found');
  return db
    .select({ ...MEMBER_FIELDS, patient_id: careTeam.patientId })
    .from(careTeam)
    .innerJoin(users, eq(users.id, careTeam.clinicianUserId))
    .where(eq(careTeam.patientId, patientId))
    .orderBy(asc(users.name));
}

/** A clinician's patients by email, keyset-paged, optionally narrowed by name or email. */
export async function listClinicianPanel(
  db: Database,
  actor: Actor,
  clinicianUserId: string,
  options: { query?: string; cursor?: string } = {},
): Promise<{ patients: TeamMember[]; next_cursor: string | null }> {
  assertCan(actor, 'care-team:manage');
  if (!isUuid(clinicianUserId)) throw new NotFoundError('Clinician not found');
  const rows = await db
    .select({ ...MEMBER_FIELDS, patient_id: patients.id })
    .from(careTeam)
    .innerJoin(patients, eq(patients.id, careTeam.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(
      and(
        eq(careTeam.clinicianUserId, clinicianUserId),
        matches(options.query),
        options.cursor ? gt(users.email, options.cursor) : undefined,
      ),
    )
    .orderBy(asc(users.email))
    .limit(PANEL_PAGE_SIZE + 1);
  const page = rows.slice(0, PANEL_PAGE_SIZE);
  return { patients: page, next_cursor: rows.length > PANEL_PAGE_SIZE ? (page.at(-1)?.email ?? null) : null };
}

/** Patients matching a search who are not yet on this clinician's team (at most 20). */
export async function searchAssignablePatients(db: Database, actor: Actor, clinicianUserId: string, query: string) {
  assertCan(actor, 'care-team:manage');
  if (!isUuid(clinicianUserId) || !query.trim()) return [];
  const onTeam = alias(careTeam, 'on_team');
  return db
    .select({ user_id: users.id, patient_id: patients.id, name: users.name, email: users.email, active: users.active })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .leftJoin(onTeam, and(eq(onTeam.patientId, patients.id), eq(onTeam.clinicianUserId, clinicianUserId)))
    .where(and(isNull(onTeam.patientId), matches(query)))
    .orderBy(asc(users.email))
    .limit(SEARCH_LIMIT);
}

/** Every account that can hold a care team, for choosing one (clinics have few clinicians). */
export async function listCareGivers(db: Database, actor: Actor) {
  assertCan(actor, 'care-team:manage');
  return db
    .select({ user_id: users.id, name: users.name, email: users.email, active: users.active })
    .from(users)
    .where(inArray(users.role, CARE_ROLES))
    .orderBy(asc(users.name));
}

/** Panel sizes of clinicians and team sizes of patients, for the accounts table. */
export async function countCareTeams(
  db: Database,
  actor: Actor,
  ids: { userIds: string[]; patientIds: string[] },
): Promise<Map<string, number>> {
  assertCan(actor, 'care-team:manage');
  const sizes = new Map<string, number>();
  if (ids.userIds.length > 0) {
    const panels = await db
      .select({ id: careTeam.clinicianUserId, n: count() })
      .from(careTeam)
      .where(inArray(careTeam.clinicianUserId, ids.userIds))
      .groupBy(careTeam.clinicianUserId);
    for (const row of panels) sizes.set(row.id, row.n);
  }
  if (ids.patientIds.length > 0) {
    const teams = await db
      .select({ id: careTeam.patientId, n: count() })
      .from(careTeam)
      .where(inArray(careTeam.patientId, ids.patientIds))
      .groupBy(careTeam.patientId);
    for (const row of teams) sizes.set(row.id, row.n);
  }
  return sizes;
}

function matches(query: string | undefined) {
  const text = query?.trim();
  if (!text) return undefined;
  const pattern = `%${escapeLike(text)}%`;
  return or(ilike(users.email, pattern), ilike(users.name, pattern));
}

/** Both ends of an assignment must exist, and the first must be a clinician: otherwise 404. */
async function requirePair(db: Database, actor: Actor, clinicianUserId: string, patientId: string) {
  assertCan(actor, 'care-team:manage');
  if (!isUuid(clinicianUserId) || !isUuid(patientId)) throw new NotFoundError('Clinician or patient not found');
  const patientUsers = alias(users, 'patient_user');
  const [clinician] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.id, clinicianUserId), inArray(users.role, CARE_ROLES)))
    .limit(1);
  const [patient] = await db
    .select({ id: patients.id, email: patientUsers.email })
    .from(patients)
    .innerJoin(patientUsers, eq(patientUsers.id, patients.userId))
    .where(eq(patients.id, patientId))
    .limit(1);
  if (!clinician) throw new NotFoundError('Clinician not found');
  if (!patient) throw new NotFoundError('Patient not found');
  return { clinician, patient };
}
