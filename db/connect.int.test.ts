import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/lib/testing/test-databases';
import { rowsOf } from './rows';
import type { DatabaseHandle } from './types';

/** PostgreSQL only: PGlite is built without JIT. */
const server = testDatabases().find((database) => database.name === 'postgres');

// Skipped, not absent, without a server: a file with no suite fails the run.
describe.skipIf(!server)('connections to PostgreSQL', () => {
  const open = () => server!.open();
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('compile no query with JIT, even one over any cost threshold', async () => {
    const plan = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local jit_above_cost = 0`);
      const rows = rowsOf<{ 'QUERY PLAN': unknown }>(
        await tx.execute(sql`explain (analyze, format json) select sum(n) from generate_series(1, 1000) n`),
      );
      return JSON.stringify(rows[0]?.['QUERY PLAN']);
    });
    expect(plan).toContain('"Plan"');
    expect(plan).not.toContain('"JIT"');
    const [setting] = rowsOf<{ jit: string }>(await handle.db.execute(sql`show jit`));
    expect(setting?.jit).toBe('off');
  });
});
