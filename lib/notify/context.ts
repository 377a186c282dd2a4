import type { Database } from '@/db/types';
import type { Mailer } from './email';
import type { PushSender } from './push';
import type { WebhookConfig } from './webhook';

/** What the notification handlers need; tests pass their own mailer, webhook, push sender and clock. */
export interface NotifyContext {
  db: Database;
  mailer: Mailer;
  webhook: WebhookConfig | null;
  push: PushSender | null;
  /** The app's public address, for links in emails (APP_URL). */
  baseUrl: string;
  /** Signs unsubscribe links (AUTH_SECRET). */
  secret: string;
  now(): Date;
}

/** APP_URL, or the local address `npm run demo` serves. */
export function appBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.APP_URL || `http://localhost:${env.PORT || '3000'}`).replace(/\/+$/, '');
}

/** The key that signs unsubscribe links: AUTH_SECRET (production refuses to start without it, lib/env.ts). */
export function signingSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.AUTH_SECRET || 'calfwatch-development-only-secret';
}
