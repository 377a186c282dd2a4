import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connectDatabase } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import type { DatabaseHandle } from '@/db/types';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; `close` also drops what was created. */
  open(): Promise<DatabaseHandle>;
}

/**
 * The databases integration tests run against: an in-memory PGlite always,
 * and the PostgreSQL server when TEST_DATABASE_URL is set. On the server each
 * `open()` creates its own database and drops only that one afterwards.
 */
export function testDatabases(): TestDatabase[] {
  const databases: TestDatabase[] = [{ name: 'pglite', open: openPglite }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) databases.push({ name: 'postgres', open: () => openPostgres(serverUrl) });
  return databases;
}

async function openPglite(): Promise<DatabaseHandle> {
  const handle = await connectDatabase({ dataDir: 'memory://' });
  await migrateDatabase(handle);
  return handle;
}

async function openPostgres(serverUrl: string): Promise<DatabaseHandle> {
  const name = `calfwatch_it_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await connectDatabase({ url: url.toString(), max: 8 });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
