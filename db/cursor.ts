import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { rowsOf } from './rows';
import type { Database } from './types';

/** A query read in batches: `query(after)` is ordered by its key and yields the rows after `after`'s key. */
export interface BatchedQuery<Row> {
  /** The whole ordered query (no LIMIT); with `after`, only the rows that follow it in that order. */
  query(after: Row | null): SQL;
  /** Rows per batch: the cursor's fetch size on PostgreSQL, the page size on PGlite. */
  batch: number;
}

type PostgresClient = {
  unsafe(text: string, params: unknown[]): { cursor(rows: number): AsyncIterable<unknown[]> };
};

const dialect = new PgDialect();

/**
 * Streams a query's rows in batches, holding at most two in memory. On
 * PostgreSQL it is one statement read through a server-side cursor (postgres.js
 * `cursor(n)`: a portal fetched n rows at a time on a reserved connection, no
 * transaction needed), so the plan runs once, and the next batch is read while
 * the caller works on the current one. PGlite has no cursors over its
 * interface and one connection that a long-held portal would block for
 * everyone, so there it reads keyset pages (`query(last) LIMIT batch`).
 * Breaking out of the loop releases the cursor.
 */
export async function* streamRows<Row>(db: Database, { query, batch }: BatchedQuery<Row>): AsyncGenerator<Row[]> {
  const client = postgresClientOf(db);
  if (client) {
    const { sql: text, params } = dialect.sqlToQuery(query(null));
    yield* readAhead<Row>(client.unsafe(text, params).cursor(batch)[Symbol.asyncIterator]());
    return;
  }
  let after: Row | null = null;
  for (;;) {
    const rows: Row[] = rowsOf<Row>(await db.execute(sql`${query(after)} limit ${sql.raw(String(Math.trunc(batch)))}`));
    if (rows.length > 0) yield rows;
    if (rows.length < batch) return;
    after = rows.at(-1) ?? null;
  }
}

/**
 * A cursor's batches, asking for the next one before handing the current one
 * on: the database reads batch n + 1 while the caller works on batch n, so at
 * most two batches are in memory. (postgres.js sends the portal's next Execute
 * when `next()` is called.) On an early exit it waits for the batch in flight
 * and then closes the portal, so the reserved connection goes back to the pool.
 */
async function* readAhead<Row>(batches: AsyncIterator<unknown>): AsyncGenerator<Row[]> {
  // postgres.js answers a finished cursor's next() with a plain object, not a promise.
  const ask = () => Promise.resolve(batches.next());
  let pending: Promise<IteratorResult<unknown>> | null = ask();
  try {
    for (;;) {
      const result: IteratorResult<unknown> = await pending;
      pending = null;
      if (result.done) return;
      pending = ask();
      // Handled here so a failure while the caller works is not an unhandled rejection; the next await rethrows it.
      pending.catch(() => {});
      yield result.value as Row[];
    }
  } finally {
    if (pending) {
      const last = await pending.catch(() => null);
      if (last && !last.done) await batches.return?.();
    }
  }
}

/** The postgres.js client under a Drizzle handle, or null for PGlite (and for a transaction, which has none). */
function postgresClientOf(db: Database): PostgresClient | null {
  const client = (db as { $client?: unknown }).$client;
  if (typeof client === 'function' && 'unsafe' in client) return client as unknown as PostgresClient;
  return null;
}
