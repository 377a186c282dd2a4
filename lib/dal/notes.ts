import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { clinicalNotes, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { ClinicalNoteView } from '../views/types';
import { ValidationError } from '../errors';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { requireCareTeamPatient, type CareTeamAccess } from './care-team';

export const CLINICAL_NOTE_MAX_LENGTH = 4000;

/** A patient's clinical notes, newest first, with author, for a record the care-team gate let through. */
export async function loadNotes(db: Database, access: CareTeamAccess): Promise<ClinicalNoteView[]> {
  const rows = await db
    .select({ note: clinicalNotes, authorName: users.name })
    .from(clinicalNotes)
    .innerJoin(users, eq(users.id, clinicalNotes.authorUserId))
    .where(eq(clinicalNotes.patientId, access.patientId))
    .orderBy(desc(clinicalNotes.createdAt), desc(clinicalNotes.id));
  return rows.map(({ note, authorName }) => ({
    id: note.id,
    body: note.body,
    author_name: authorName,
    created_at: note.createdAt.toISOString(),
  }));
}

/**
 * Adds a clinical note to a patient on the actor's care team (404 outside it,
 * 422 for an empty or over-long note) and audits it.
 */
export async function createClinicalNote(
  db: Database,
  actor: Actor,
  patientId: string,
  body: string,
): Promise<ClinicalNoteView> {
  assertCan(actor, 'notes:write');
  await requireCareTeamPatient(db, actor, patientId, 'notes:write');
  const text = body.trim();
  if (text.length === 0) throw new ValidationError('The note is empty.', { body: 'Write the note first.' });
  if (text.length > CLINICAL_NOTE_MAX_LENGTH) {
    throw new ValidationError('The note is too long.', {
      body: `A note can be at most ${CLINICAL_NOTE_MAX_LENGTH} characters.`,
    });
  }
  return db.transaction(async (tx) => {
    const [note] = await tx
      .insert(clinicalNotes)
      .values({ patientId, authorUserId: actor.userId, body: text })
      .returning();
    if (!note) throw new Error('note insert returned no row');
    await recordAudit(tx, actor, { action: 'note.create', patientId, targetId: note.id });
    return { id: note.id, body: note.body, author_name: actor.name, created_at: note.createdAt.toISOString() };
  });
}
