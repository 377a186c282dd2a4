import { NextResponse } from 'next/server';
import { isAppError, ThrottledError, ValidationError } from '../errors';

/** API answers may carry patient data: no browser or proxy keeps a copy (README "Security"). */
export const NO_STORE = 'no-store';

/**
 * Marks a response `Cache-Control: no-store` unless its own value already
 * says no-store. A response with read-only headers (`Response.redirect`) is
 * copied first.
 */
export function withNoStore(response: Response): Response {
  if (response.headers.get('cache-control')?.includes(NO_STORE)) return response;
  try {
    response.headers.set('Cache-Control', NO_STORE);
    return response;
  } catch {
    const copy = new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: new Headers(response.headers),
    });
    copy.headers.set('Cache-Control', NO_STORE);
    return copy;
  }
}

/** A JSON error body in the contract's shape: `{ error, fields? }`, never stored. */
export function jsonError(status: number, error: string, fields?: Record<string, string>): NextResponse {
  return NextResponse.json(fields ? { error, fields } : { error }, {
    status,
    headers: { 'Cache-Control': NO_STORE },
  });
}

/** Maps a thrown error to its JSON response; unknown errors become a bare 500 with no detail. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError) return jsonError(422, error.message, error.fields);
  if (error instanceof ThrottledError) {
    const response = jsonError(429, error.message);
    response.headers.set('Retry-After', String(error.retryAfterSeconds));
    return response;
  }
  if (isAppError(error)) return jsonError(error.status, error.message);
  console.error(error);
  return jsonError(500, 'Something went wrong on our side. Please try again.');
}
