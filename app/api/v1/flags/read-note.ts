import type { NextRequest, NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/respond';

export type NoteBody = { ok: true; note: string | null } | { ok: false; response: NextResponse };

/**
 * The optional `{ "note": … }` body of a flag action. An empty body means no
 * note; malformed JSON answers 400; a note that is not text answers 422.
 * Whether a note is required is the data layer's call, after the care-team check.
 */
export async function readNote(request: NextRequest): Promise<NoteBody> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, note: null };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, 'The request body is not valid JSON.') };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, response: jsonError(400, 'The request body must be a JSON object.') };
  }
  const note = (body as { note?: unknown }).note;
  if (note === undefined || note === null) return { ok: true, note: null };
  if (typeof note !== 'string') {
    return { ok: false, response: jsonError(422, 'Some fields need attention.', { note: 'Note must be text.' }) };
  }
  return { ok: true, note };
}
