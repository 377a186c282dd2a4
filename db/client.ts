import { connectDatabase } from './connect';
import { migrateDatabase } from './migrate';
import type { Database, DatabaseHandle } from './types';

const globalForDb = globalThis as unknown as { calfwatchDb?: Promise<DatabaseHandle> };

/**
 * The app's one database handle: postgres.js when `DATABASE_URL` is set, the
 * embedded PGlite otherwise. Kept on globalThis so dev reloads reuse it, and
 * migrated on first use so a fresh embedded database is ready at once.
 */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  globalForDb.calfwatchDb ??= openAndMigrate().catch((error: unknown) => {
    globalForDb.calfwatchDb = undefined;
    throw error;
  });
  return globalForDb.calfwatchDb;
}

async function openAndMigrate(): Promise<DatabaseHandle> {
  const handle = await connectDatabase({ url: process.env.DATABASE_URL || undefined });
  await migrateDatabase(handle, undefined, process.env.MIGRATION_DATABASE_URL);
  return handle;
}

/** Shorthand for the Drizzle handle. */
export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}
