import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/lib/testing/test-databases';
import { connectDatabase } from './connect';
import { streamRows } from './cursor';
import type { DatabaseHandle } from './types';

type Row = { n: number };

/** 1..total in order, as a batched query (keyset on n for PGlite's pages). */
const numbers = (total: number, batch: number) => ({
  batch,
  query: (after: Row | null) =>
    sql`select n from generate_series(1, ${total}::int) n where n > ${after?.n ?? 0} order by n`,
});

describe.each(testDatabases())('streamRows on $name', ({ name, open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('yields every row once, in order, in batches of the given size', async () => {
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const rows of streamRows<Row>(handle.db, numbers(25, 10))) {
      sizes.push(rows.length);
      seen.push(...rows.map((row) => Number(row.n)));
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('ends cleanly when the last batch is full', async () => {
    const sizes: number[] = [];
    for await (const rows of streamRows<Row>(handle.db, numbers(20, 10))) sizes.push(rows.length);
    expect(sizes).toEqual([10, 10]);
  });

  it('yields nothing for an empty result', async () => {
    const batches = [];
    for await (const rows of streamRows<Row>(handle.db, numbers(0, 10))) batches.push(rows);
    expect(batches).toEqual([]);
  });

  it.runIf(name === 'postgres')(
    'gives the connection back when the reader stops early, with the next batch already requested',
    async () => {
      // One connection: if the cursor kept it, the query after the loop would wait forever.
      const single = await connectDatabase({ url: handle.url!, max: 1 });
      try {
        const firsts: number[] = [];
        for await (const rows of streamRows<Row>(single.db, numbers(10_000, 100))) {
          firsts.push(Number(rows[0]?.n));
          // Let the read-ahead reach the database before leaving.
          await new Promise((resolve) => setTimeout(resolve, 50));
          if (firsts.length === 2) break;
        }
        expect(firsts).toEqual([1, 101]);
        const after = await Promise.race([
          single.db.execute(sql`select 1 as one`).then(() => 'answered'),
          new Promise((resolve) => setTimeout(() => resolve('connection still held'), 5_000)),
        ]);
        expect(after).toBe('answered');
      } finally {
        await single.close();
      }
    },
  );

  it.runIf(name === 'postgres')('passes on an error raised mid-stream', async () => {
    const failing = {
      batch: 5,
      query: () => sql`select 10 / (20 - n) as n from generate_series(1, 30) n`,
    };
    const read = async () => {
      for await (const rows of streamRows<Row>(handle.db, failing)) void rows;
    };
    await expect(read()).rejects.toThrow(/division by zero/);
  });
});
