import { sql } from 'drizzle-orm';
import { fromDrizzle, type PgBoss, type SendOptions } from 'pg-boss';
import type { Database } from '@/db/types';
import type { QueueName } from './queues';

const registry = globalThis as unknown as { calfwatchQueue?: PgBoss | null };

/**
 * Makes `boss` the queue that writes in this process enqueue into. The app
 * server and `npm run worker` bind one at start; seeding, generation and the
 * benchmarks bind none, so historical flags they write notify nobody.
 */
export function bindQueue(boss: PgBoss | null): void {
  registry.calfwatchQueue = boss;
}

export function boundQueue(): PgBoss | null {
  return registry.calfwatchQueue ?? null;
}

/**
 * Enqueues a job inside the caller's transaction: it commits with the write
 * that caused it, and a rollback leaves no job behind. Returns the job id,
 * or null when no queue is bound or a singleton key already holds one.
 */
export async function enqueueInTransaction(
  tx: Database,
  name: QueueName,
  data: object,
  options: Omit<SendOptions, 'db'> = {},
): Promise<string | null> {
  const boss = boundQueue();
  if (!boss) return null;
  return boss.send(name, data, { ...options, db: fromDrizzle(tx as never, sql) });
}
