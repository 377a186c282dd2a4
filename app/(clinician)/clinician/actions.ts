'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { startPatientExperiment } from '@/lib/dal/experiments';
import { acknowledgeFlag, resolveFlag } from '@/lib/dal/flags';
import { createClinicalNote } from '@/lib/dal/notes';
import { patientExperimentStartSchema } from '@/lib/validation/experiments';

const text = z.string({ error: 'Enter text.' });

/** Every clinician page shows flags or notes: refresh them all after a change. */
function refreshClinicianPages() {
  revalidatePath('/clinician', 'layout');
}

export const acknowledgeFlagAction = action(
  'flags:act',
  z.object({ flagId: text }),
  async ({ flagId }, { actor, db }) => {
    const flag = await acknowledgeFlag(db, actor, flagId);
    refreshClinicianPages();
    return { id: flag.id, status: flag.status };
  },
);

export const resolveFlagAction = action(
  'flags:act',
  z.object({ flagId: text, note: text }),
  async ({ flagId, note }, { actor, db }) => {
    const flag = await resolveFlag(db, actor, flagId, note);
    refreshClinicianPages();
    return { id: flag.id, status: flag.status };
  },
);

export const addNoteAction = action(
  'notes:write',
  z.object({ patientId: text, body: text }),
  async ({ patientId, body }, { actor, db }) => {
    const note = await createClinicalNote(db, actor, patientId, body);
    refreshClinicianPages();
    return { id: note.id };
  },
);

/** The care team starts a two-week experiment for a patient on it. */
export const startPatientExperimentAction = action(
  'experiments:start',
  patientExperimentStartSchema,
  async ({ patientId, factor }, { actor, db }) => {
    const experiment = await startPatientExperiment(db, actor, patientId, { factor });
    refreshClinicianPages();
    return { id: experiment.id };
  },
);
