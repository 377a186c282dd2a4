import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connectDatabase } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import type { DatabaseHandle } from '@/db/types';

/**
 * A fresh, migrated database for a benchmark run: in-memory PGlite, or a new
 * database on the given PostgreSQL server that `close()` drops again (unless
 * kept). Never touches an existing database.
 */
export async function openScratchDatabase(options: {
  serverUrl?: string;
  keep?: boolean;
}): Promise<DatabaseHandle & { label: string }> {
  if (!options.serverUrl) {
    const handle = await connectDatabase({ dataDir: 'memory://' });
    await migrateDatabase(handle);
    return { ...handle, label: 'in-memory PGlite' };
  }
  const name = `calfwatch_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(options.serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(options.serverUrl);
  url.pathname = `/${name}`;
  const handle = await connectDatabase({ url: url.toString(), max: 4 });
  await migrateDatabase(handle);
  return {
    ...handle,
    label: `PostgreSQL ${url.host}/${name}${options.keep ? ' (kept)' : ''}`,
    close: async () => {
      await handle.close();
      if (!options.keep) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
