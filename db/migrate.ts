import path from 'node:path';
import { grantAppRole, installJobQueueSchema } from './app-role';
import type { DatabaseHandle } from './types';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Any constant works; it only has to be the same in every instance of the app. */
const MIGRATION_LOCK_KEY = 7_402_113;

/**
 * Applies pending migrations. On PostgreSQL a session advisory lock, held on a
 * dedicated connection, serialises instances that start together; PGlite is
 * single-process by construction.
 *
 * On PostgreSQL migrations run as the owner: `migrationUrl` (the app passes
 * `MIGRATION_DATABASE_URL`), else the handle's own URL. After them the owner
 * installs the job queue's schema and grants the app's role its rights
 * (db/app-role.ts), so the app can run as a role that cannot rewrite the audit log.
 */
export async function migrateDatabase(
  handle: DatabaseHandle,
  folder = MIGRATIONS_FOLDER,
  migrationUrl?: string,
): Promise<void> {
  if (handle.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: folder });
    return;
  }
  const url = migrationUrl || handle.url;
  if (!url) throw new Error('A PostgreSQL handle needs its URL to migrate.');
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client }), { migrationsFolder: folder });
    await installJobQueueSchema(url);
    await grantAppRole(client);
  } finally {
    await client.end({ timeout: 5 });
  }
}
