import type { Agent } from 'node:https';
import webpush from 'web-push';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushSender {
  publicKey: string;
  /** Resolves with the push service's status; throws on failure (`gone` when the subscription no longer exists). */
  send(target: PushTarget, payload: string): Promise<void>;
}

export class PushGoneError extends Error {}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** A mailto: or https: address the push service can reach the sender at. */
  subject: string;
}

/** VAPID keys from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY (VAPID_SUBJECT optional); null when unset. */
export function vapidFromEnv(env: NodeJS.ProcessEnv = process.env): VapidKeys | null {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  return {
    publicKey: env.VAPID_PUBLIC_KEY,
    privateKey: env.VAPID_PRIVATE_KEY,
    subject: env.VAPID_SUBJECT || 'mailto:no-reply@calfwatch.invalid',
  };
}

export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}

/**
 * Web push (RFC 8291 encryption, VAPID-signed) through the `web-push` library.
 * `agent` is an HTTPS agent for the push services, e.g. one that trusts a
 * private CA (the tests' local push service).
 */
export function createPushSender(keys: VapidKeys, options: { agent?: Agent } = {}): PushSender {
  return {
    publicKey: keys.publicKey,
    async send(target, payload) {
      try {
        await webpush.sendNotification(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          payload,
          { vapidDetails: keys, TTL: 6 * 3600, timeout: 10_000, ...(options.agent ? { agent: options.agent } : {}) },
        );
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) throw new PushGoneError(`push subscription gone (${status})`);
        throw new Error(status ? `push service answered ${status}` : (error as Error).message);
      }
    },
  };
}
