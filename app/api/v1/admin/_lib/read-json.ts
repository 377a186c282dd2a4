import type { NextRequest, NextResponse } from 'next/server';
import { jsonError } from '@/lib/api/respond';

/** The request body as JSON, or the 400 response to send when it is not JSON. */
export async function readJsonBody(
  request: NextRequest,
): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  const text = await request.text();
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: jsonError(400, 'The request body must be JSON.') };
  }
}
