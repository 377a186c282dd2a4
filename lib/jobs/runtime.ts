import type { PgBoss } from 'pg-boss';
import type { DatabaseHandle } from '@/db/types';
import { appBaseUrl, signingSecret, type NotifyContext } from '../notify/context';
import { createMailer } from '../notify/email';
import { createPushSender, vapidFromEnv } from '../notify/push';
import { webhookFromEnv } from '../notify/webhook';
import { openQueue } from './boss';
import { bindQueue, boundQueue } from './enqueue';
import { startWorkers } from './workers';

export interface JobRuntime {
  boss: PgBoss;
  context: NotifyContext;
  /** Stops the workers (letting running jobs finish) and unbinds the queue. */
  stop(): Promise<void>;
}

/** The handlers' dependencies from the environment (SMTP_URL, WEBHOOK_URL, VAPID keys, APP_URL, AUTH_SECRET). */
export function contextFromEnv(handle: DatabaseHandle, env: NodeJS.ProcessEnv = process.env): NotifyContext {
  const vapid = vapidFromEnv(env);
  return {
    db: handle.db,
    mailer: createMailer(env),
    webhook: webhookFromEnv(env),
    push: vapid ? createPushSender(vapid) : null,
    baseUrl: appBaseUrl(env),
    secret: signingSecret(env),
    now: () => new Date(),
  };
}

/**
 * Opens the job queue on `handle` and binds it, so writes in this process
 * enqueue their jobs; with `workers`, also runs every handler and the
 * periodic sweeps here.
 */
export async function startJobRuntime(
  handle: DatabaseHandle,
  options: { workers: boolean; context?: Partial<NotifyContext> },
): Promise<JobRuntime> {
  const context = { ...contextFromEnv(handle), ...options.context };
  const boss = await openQueue(handle, { schedules: options.workers });
  bindQueue(boss);
  if (options.workers) await startWorkers(boss, context);
  return {
    boss,
    context,
    async stop() {
      if (boundQueue() === boss) bindQueue(null);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

/** Whether this app server runs the workers itself (default) or leaves them to `npm run worker` (CALFWATCH_WORKERS=off). */
export function serverRunsWorkers(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CALFWATCH_WORKERS !== 'off';
}
