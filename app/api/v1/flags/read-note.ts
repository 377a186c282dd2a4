import type { NextRequest, NextResponse } from 'next/server';
import { readJsonObject } from '@/lib/api/json-body';
import { jsonError } from '@/lib/api/respond';

export type NoteBody = { ok: true; note: string | null } | { ok: false; response: NextResponse };

/**
 * The optional `{ "note": … }` body of a flag action. An empty body means no
 * note; malformed JSON answers 400; a note that is not text, or text that
 * cannot be stored, answers 422.
 * Whether a note is required is the data layer's call, after the care-team check.
 */
export async function readNote(request: NextRequest): Promise<NoteBody> {
  if ((await request.clone().text()).trim() === '') return { ok: true, note: null };
  const body = await readJsonObject(request);
  if (!body.ok) return body;
  const note = body.value.note;
  if (note === undefined || note === null) return { ok: true, note: null };
  if (typeof note !== 'string') {
    return { ok: false, response: jsonError(422, 'Some fields need attention.', { note: 'Note must be text.' }) };
  }
  return { ok: true, note };
}
