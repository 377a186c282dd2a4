import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { idempotencyKeys } from '@/db/schema';
import type { Database } from '@/db/types';
import { ConflictError } from '../errors';

/** A client-supplied `Idempotency-Key` and a fingerprint of the request it came with. */
export interface IdempotentRequest {
  key: string;
  requestHash: string;
}

/** A response kept so that a retry with the same key gets the same answer. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** How long a key is remembered; a retry later than this is treated as a new request. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** Whether a header value is usable as a key: 1–200 visible ASCII characters. */
export function isValidIdempotencyKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/**
 * A fingerprint of method, path and JSON body. Keys are sorted first, so the
 * same body sent with its fields in another order counts as the same request.
 */
export function hashRequest(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${path}\n${stableJson(body)}`)
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The response stored for this user's key, or null when the key is new (or
 * expired, in which case it is forgotten). The same key with a different
 * request is refused with 409 rather than silently answered with the old response.
 */
export async function findStoredResponse(
  tx: Database,
  userId: string,
  request: IdempotentRequest,
  now: Date,
): Promise<StoredResponse | null> {
  const match = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, request.key));
  const [row] = await tx.select().from(idempotencyKeys).where(match).limit(1);
  if (!row) return null;
  if (now.getTime() - row.createdAt.getTime() > IDEMPOTENCY_KEY_TTL_MS) {
    await tx.delete(idempotencyKeys).where(match);
    return null;
  }
  if (row.requestHash !== request.requestHash) {
    throw new ConflictError(
      'This Idempotency-Key was already used for a different request. Use a new key for each new submission.',
    );
  }
  return { status: row.status, body: row.response };
}

/** Remembers the response to this user's key; call in the transaction that did the work. */
export async function storeResponse(
  tx: Database,
  userId: string,
  request: IdempotentRequest,
  response: StoredResponse,
  now: Date,
): Promise<void> {
  await storeResponseInsert(tx, userId, request, response, now);
}

/** storeResponse's INSERT, to await or to embed in a statement that writes more. */
export function storeResponseInsert(
  tx: Database,
  userId: string,
  request: IdempotentRequest,
  response: StoredResponse,
  now: Date,
) {
  return tx.insert(idempotencyKeys).values({
    userId,
    key: request.key,
    requestHash: request.requestHash,
    status: response.status,
    response: response.body,
    createdAt: now,
  });
}
