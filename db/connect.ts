import path from 'node:path';
import * as schema from './schema';
import { acquireDataDirLock } from './pglite-lock';
import type { Database, DatabaseHandle } from './types';

export const DEFAULT_PGLITE_DIR = path.join('.data', 'pglite');

export interface ConnectOptions {
  /** A postgres:// URL; when absent the embedded database is used. */
  url?: string;
  /** Embedded database directory (default `.data/pglite`, or `PGLITE_DIR`); `memory://` keeps it in memory. */
  dataDir?: string;
  /** Pool size for the server driver. */
  max?: number;
}

/** Opens a database: postgres.js when a URL is given, the embedded PGlite otherwise. */
export async function connectDatabase(options: ConnectOptions = {}): Promise<DatabaseHandle> {
  if (options.url) return connectPostgres(options.url, options.max ?? 10);
  return connectPglite(options.dataDir ?? process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR);
}

async function connectPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  // No JIT compilation: Calfwatch's statements are short, and the few whose estimated cost crosses
  // jit_above_cost (the panel export) spent longer compiling than running
  // (BENCHMARKS.md, "The panel export: JIT and read-ahead").
  const client = postgres(url, { max, onnotice: () => {}, connection: { jit: 'off' } });
  const db = drizzle({ client, schema }) as unknown as Database;
  return { db, kind: 'postgres', url, close: () => client.end({ timeout: 5 }) };
}

async function connectPglite(dataDir: string): Promise<DatabaseHandle> {
  // An in-memory database (tests) has nothing on disk to protect.
  const release = dataDir.startsWith('memory://') ? () => {} : acquireDataDirLock(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    // Trigram search on names and e-mails (migration 0008); PostgreSQL ships it as a contrib extension.
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { drizzle } = await import('drizzle-orm/pglite');
    // A small buffer pool keeps the embedded server's memory modest.
    const client = await PGlite.create({ dataDir, postgresqlconf: ['shared_buffers=16MB'], extensions: { pg_trgm } });
    const db = drizzle({ client, schema }) as unknown as Database;
    const close = async () => {
      await client.close();
      release();
    };
    process.once('exit', release);
    return { db, kind: 'pglite', pglite: client, close };
  } catch (error) {
    release();
    throw error;
  }
}
