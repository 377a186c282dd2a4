import { NextResponse } from 'next/server';
import { isAppError, ThrottledError, ValidationError } from '../errors';

/** A JSON error body in the contract's shape: `{ error, fields? }`. */
export function jsonError(status: number, error: string, fields?: Record<string, string>): NextResponse {
  return NextResponse.json(fields ? { error, fields } : { error }, { status });
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
