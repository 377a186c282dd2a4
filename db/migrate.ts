import path from 'node:path';
import type { DatabaseHandle } from './types';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Any constant works; it only has to be the same in every instance of the app. */
const MIGRATION_LOCK_KEY = 7_402_113;

/**
 * Applies pending migrations. On PostgreSQL a session advisory lock, held on a
 * dedicated connection, serialises instances that start together; PGlite is
 * single-process by construction.
 */
export async function migrateDatabase(handle: DatabaseHandle, folder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: folder });
    return;
  }
  if (!handle.url) throw new Error('A PostgreSQL handle needs its URL to migrate.');
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(handle.url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client }), { migrationsFolder: folder });
  } finally {
    await client.end({ timeout: 5 });
  }
}
