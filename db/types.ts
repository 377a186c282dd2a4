import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** A Drizzle handle or transaction over either driver; query functions take this. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** The server URL, for work that needs its own connection (migration locks). */
  url?: string;
  /** The embedded database itself, for libraries that talk to it directly (the job queue). */
  pglite?: import('@electric-sql/pglite').PGlite;
  close(): Promise<void>;
}
