import { PgBoss, fromPglite } from 'pg-boss';
import type { DatabaseHandle } from '@/db/types';
import { QUEUE_OPTIONS, SCHEDULES, type QueueName } from './queues';

export interface OpenQueueOptions {
  /** Install the periodic sweeps (cron). Only processes that also run workers need them. */
  schedules?: boolean;
}

/**
 * A pg-boss client on the app's own database: on PostgreSQL through its own
 * small connection pool, on the embedded database through pg-boss's PGlite
 * adapter (one connection shared with the app). Starts it (installing its
 * schema on first use) and creates every queue, so that later sends, even
 * inside an app transaction, find them in the queue cache.
 */
export async function openQueue(handle: DatabaseHandle, options: OpenQueueOptions = {}): Promise<PgBoss> {
  const boss = createBoss(handle);
  boss.on('error', (error) => console.error('[jobs]', error));
  await boss.start();
  for (const [name, queueOptions] of Object.entries(QUEUE_OPTIONS)) {
    // createQueue leaves an existing queue as it is.
    await boss.createQueue(name, queueOptions);
  }
  if (options.schedules) {
    for (const [name, cron] of Object.entries(SCHEDULES) as [QueueName, string][]) {
      await boss.schedule(name, cron, null, { tz: 'UTC' });
    }
  }
  return boss;
}

function createBoss(handle: DatabaseHandle): PgBoss {
  const common = { application_name: 'calfwatch-jobs', monitorIntervalSeconds: 60 } as const;
  if (handle.kind === 'pglite') {
    if (!handle.pglite) throw new Error('The embedded database handle does not expose PGlite.');
    return new PgBoss({ ...common, db: fromPglite(handle.pglite), backend: 'pglite' });
  }
  if (!handle.url) throw new Error('A PostgreSQL handle needs its URL for the job queue.');
  return new PgBoss({ ...common, connectionString: handle.url, max: 4 });
}
