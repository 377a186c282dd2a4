import 'server-only';
import type { NextResponse } from 'next/server';
import type { z } from 'zod';
import { parseOrThrow } from '../validation/issues';
import { findUnstorableText, UNSAFE_TEXT_MESSAGE } from '../validation/text';
import { jsonError } from './respond';

export type JsonObjectBody = { ok: true; value: Record<string, unknown> } | { ok: false; response: NextResponse };

/**
 * Reads a request body that must be a JSON object. Malformed JSON, an empty
 * body, or JSON that is not an object answers 400 (never a 500), before
 * anything is validated or saved; text the database cannot store (a NUL, an
 * unpaired surrogate) anywhere in it answers 422 naming the field. With
 * `optional`, an empty body reads as `{}` (a body whose fields are all optional).
 */
export async function readJsonObject(request: Request, options: { optional?: boolean } = {}): Promise<JsonObjectBody> {
  const text = await request.text();
  if (!text.trim() && options.optional) return { ok: true, value: {} };
  if (!text.trim()) return { ok: false, response: jsonError(400, 'The request body is empty: send a JSON object.') };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, 'The request body is not valid JSON.') };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, response: jsonError(400, 'The request body must be a JSON object.') };
  }
  const unstorable = findUnstorableText(value);
  if (unstorable !== null) {
    return {
      ok: false,
      response: jsonError(422, 'Some fields need attention.', { [unstorable]: UNSAFE_TEXT_MESSAGE }),
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export type JsonBody<T> = { ok: true; value: T } | { ok: false; response: NextResponse };

/**
 * Reads a JSON object body (`readJsonObject`) and checks it with a zod schema
 * from lib/validation/; a field the schema refuses throws a ValidationError,
 * which `apiRoute` answers with 422 and one message per field.
 * @throws ValidationError
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { optional?: boolean } = {},
): Promise<JsonBody<z.output<S>>> {
  const body = await readJsonObject(request, options);
  if (!body.ok) return body;
  return { ok: true, value: parseOrThrow(schema, body.value) };
}
