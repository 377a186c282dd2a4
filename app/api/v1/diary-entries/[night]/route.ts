import { NextResponse } from 'next/server';
import { readJsonObject } from '@/lib/api/json-body';
import { jsonError } from '@/lib/api/respond';
import { apiRoute } from '@/lib/api/route';
import { saveOwnEntry } from '@/lib/dal/diary-entries';
import { hashRequest, isValidIdempotencyKey } from '@/lib/dal/idempotency-keys';
import { parseNightSubmission } from '@/lib/validation/diary';

/**
 * PUT /api/v1/diary-entries/{night} — creates (201) or replaces (200) the
 * patient's entry for that night and answers with the flags it fired.
 * An optional Idempotency-Key makes a retried submission harmless.
 */
export const PUT = apiRoute<{ night: string }>('diary:own', async ({ request, actor, db, params }) => {
  const key = request.headers.get('idempotency-key');
  if (key !== null && !isValidIdempotencyKey(key)) {
    return jsonError(400, 'The Idempotency-Key header must be 1 to 200 visible ASCII characters.');
  }
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  const entry = parseNightSubmission(params.night, body.value);
  const idempotency =
    key === null ? undefined : { key, requestHash: hashRequest('PUT', request.nextUrl.pathname, body.value) };
  const saved = await saveOwnEntry(db, actor, { entry, idempotency });
  const response = NextResponse.json(saved.body, { status: saved.status });
  if (saved.replayed) response.headers.set('Idempotent-Replayed', 'true');
  return response;
});
