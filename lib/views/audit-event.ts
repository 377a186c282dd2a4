/** One audit row as the viewer, the API and the export show it. */
export interface AuditEventView {
  id: number;
  at: Date;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  patient_id: string | null;
  /** The email of the patient the event concerns, when there is one. */
  patient_email: string | null;
  target_id: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
}

/** Detail keys that have held clinical free text (flag notes, clinical notes, diary notes) in audit rows. */
const CLINICAL_TEXT_KEYS = new Set(['note', 'notes', 'body', 'resolution_note']);

/**
 * What an audit row may say about a note: that it was written and how long
 * it was, never its words. New rows are written this way; rows from before
 * are redacted the same way when shown (the log itself cannot be rewritten).
 */
export function noteFact(note: string | null | undefined): { note_characters: number } | Record<string, never> {
  return note ? { note_characters: note.length } : {};
}

/** The detail with any clinical free text replaced by the fact that a note was written (at any depth). */
export function redactClinicalText(detail: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!detail) return detail;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (CLINICAL_TEXT_KEYS.has(key) && typeof value === 'string') Object.assign(result, noteFact(value));
    else if (CLINICAL_TEXT_KEYS.has(key) && value !== null && value !== undefined) continue;
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      result[key] = redactClinicalText(value as Record<string, unknown>);
    } else result[key] = value;
  }
  return result;
}
