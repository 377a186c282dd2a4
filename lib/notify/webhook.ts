import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Tier } from '../rules';

/** The clinic's paging webhook: WEBHOOK_URL plus WEBHOOK_SECRET (both required to enable it). */
export interface WebhookConfig {
  url: string;
  secret: string;
}

export function webhookFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookConfig | null {
  if (!env.WEBHOOK_URL) return null;
  if (!env.WEBHOOK_SECRET || env.WEBHOOK_SECRET.length < 16) {
    throw new Error('WEBHOOK_URL is set but WEBHOOK_SECRET is missing or shorter than 16 characters.');
  }
  return { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET };
}

/** Ids and tier only: never a name, symptom or rule. */
export interface WebhookBody {
  event: 'flag_raised' | 'flag_escalated' | 'flag_overdue';
  delivery_id: string;
  flag_id: string;
  patient_id: string;
  tier: Tier;
  sent_at: string;
}

export const SIGNATURE_HEADER = 'x-calfwatch-signature';

/** `sha256=<hex HMAC-SHA256 of the raw body>` */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** For receivers (and tests): constant-time check of a signature header against the raw body. */
export function verifySignature(body: string, header: string | null | undefined, secret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Posts the signed body; anything but a 2xx within 10 seconds is an error (and is retried). */
export async function postWebhook(config: WebhookConfig, body: WebhookBody): Promise<void> {
  const raw = JSON.stringify(body);
  const response = await fetch(config.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(raw, config.secret) },
    body: raw,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}
