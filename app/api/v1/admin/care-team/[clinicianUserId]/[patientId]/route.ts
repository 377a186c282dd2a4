import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { assignPatient, unassignPatient } from '@/lib/dal/care-team-admin';

type Params = { clinicianUserId: string; patientId: string };

/**
 * PUT puts the patient on the clinician's care team, DELETE takes them off.
 * Both are idempotent and answer 200 { clinician_user_id, patient_id, assigned, changed };
 * 404 when the clinician or patient does not exist or the user is not a clinician.
 */
export const PUT = apiRoute<Params>('care-team:manage', async ({ actor, db, params }) =>
  NextResponse.json(await assignPatient(db, actor, params.clinicianUserId, params.patientId)),
);

export const DELETE = apiRoute<Params>('care-team:manage', async ({ actor, db, params }) =>
  NextResponse.json(await unassignPatient(db, actor, params.clinicianUserId, params.patientId)),
);
