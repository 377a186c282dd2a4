import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor } from '@/lib/testing/fixtures';
import type { Actor } from './actor';
import {
  assignPatient,
  countCareTeams,
  listCareGivers,
  listClinicianPanel,
  listPatientCareTeam,
  searchAssignablePatients,
  unassignPatient,
} from './care-team-admin';
import { requireCareTeamPatient } from './care-team';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(testDatabases())('care-team administration on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  let clinician: Actor;
  let patient: Actor;
  beforeAll(async () => {
    handle = await open();
    admin = await createActor(handle.db, 'admin');
    clinician = await createActor(handle.db, 'clinician', { name: 'Dr Team' });
    patient = await createActor(handle.db, 'patient', { name: 'Pat Teamwork' });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('assigns idempotently, after which the clinician can open the record', async () => {
    await expect(requireCareTeamPatient(handle.db, clinician, patient.patientId!)).rejects.toThrow(NotFoundError);
    const first = await assignPatient(handle.db, admin, clinician.userId, patient.patientId!);
    const again = await assignPatient(handle.db, admin, clinician.userId, patient.patientId!);
    expect(first).toEqual({
      clinician_user_id: clinician.userId,
      patient_id: patient.patientId,
      assigned: true,
      changed: true,
    });
    expect(again).toMatchObject({ assigned: true, changed: false });
    const gate = await requireCareTeamPatient(handle.db, clinician, patient.patientId!);
    expect(gate.patient.id).toBe(patient.patientId);

    const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'care_team.assign'));
    expect(audit).toMatchObject([
      {
        actorUserId: admin.userId,
        patientId: patient.patientId,
        targetId: clinician.userId,
        detail: { clinician_email: clinician.email },
      },
    ]);
  });

  it('lists both sides of the assignment and sizes of teams', async () => {
    expect(await listPatientCareTeam(handle.db, admin, patient.patientId!)).toMatchObject([
      { user_id: clinician.userId, name: 'Dr Team', active: true },
    ]);
    const panel = await listClinicianPanel(handle.db, admin, clinician.userId, { query: 'teamwork' });
    expect(panel.patients).toMatchObject([{ patient_id: patient.patientId, user_id: patient.userId }]);
    expect(panel.next_cursor).toBeNull();
    const sizes = await countCareTeams(handle.db, admin, {
      userIds: [clinician.userId],
      patientIds: [patient.patientId!],
    });
    expect(sizes.get(clinician.userId)).toBe(1);
    expect(sizes.get(patient.patientId!)).toBe(1);
    expect((await listCareGivers(handle.db, admin)).map((row) => row.user_id)).toContain(clinician.userId);
    expect((await listCareGivers(handle.db, admin)).map((row) => row.user_id)).not.toContain(admin.userId);
  });

  it('searches only patients not yet on the team', async () => {
    const other = await createActor(handle.db, 'patient', { name: 'Pat Teamless' });
    // "Pat Teamwork" matches too but is already on the team.
    const found = await searchAssignablePatients(handle.db, admin, clinician.userId, 'PAT TEAM');
    expect(found.map((row) => row.patient_id)).toEqual([other.patientId]);
    expect(await searchAssignablePatients(handle.db, admin, clinician.userId, '100%')).toEqual([]);
    expect(await searchAssignablePatients(handle.db, admin, clinician.userId, '   ')).toEqual([]);
  });

  it('unassigns idempotently and the clinician loses access at once', async () => {
    const removed = await unassignPatient(handle.db, admin, clinician.userId, patient.patientId!);
    const again = await unassignPatient(handle.db, admin, clinician.userId, patient.patientId!);
    expect(removed).toMatchObject({ assigned: false, changed: true });
    expect(again).toMatchObject({ assigned: false, changed: false });
    await expect(requireCareTeamPatient(handle.db, clinician, patient.patientId!)).rejects.toThrow(NotFoundError);
    const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'care_team.unassign'));
    expect(audit).toHaveLength(1);
  });

  it('answers 404 when either end is missing or the user is not a clinician', async () => {
    const otherAdmin = await createActor(handle.db, 'admin');
    const cases: [string, string][] = [
      [MISSING, patient.patientId!],
      [clinician.userId, MISSING],
      [patient.userId, patient.patientId!],
      [otherAdmin.userId, patient.patientId!],
      ['junk', patient.patientId!],
      [clinician.userId, patient.userId],
    ];
    for (const [clinicianUserId, patientId] of cases) {
      await expect(assignPatient(handle.db, admin, clinicianUserId, patientId)).rejects.toThrow(NotFoundError);
      await expect(unassignPatient(handle.db, admin, clinicianUserId, patientId)).rejects.toThrow(NotFoundError);
    }
  });

  it('is for administrators only', async () => {
    await expect(assignPatient(handle.db, clinician, clinician.userId, patient.patientId!)).rejects.toThrow(
      ForbiddenError,
    );
    await expect(listPatientCareTeam(handle.db, patient, patient.patientId!)).rejects.toThrow(ForbiddenError);
  });
});
