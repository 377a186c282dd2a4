import type { Logger } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import type { Database, DatabaseHandle } from '@/db/types';
import { addDays } from '@/lib/rules';
import { createActor, night } from '@/lib/testing/fixtures';
import { testDatabases } from '@/lib/testing/test-databases';
import { todayIso } from '@/lib/validation/dates';
import type { Actor } from './actor';
import { saveOwnEntry } from './diary-entries';
import { hashRequest } from './idempotency-keys';

/**
 * Statements a diary save sends to the database (BEGIN and COMMIT not
 * counted), so a change that adds a round trip to every submission shows up
 * here. The figures are the design: lock, write with the window read, flags in
 * batches, the audit row with the idempotency key.
 */
const TODAY = todayIso();

/** The same database through a second Drizzle handle that counts each statement it sends. */
async function countingDatabase(handle: DatabaseHandle): Promise<{ db: Database; take(): string[] }> {
  let statements: string[] = [];
  const logger: Logger = { logQuery: (query) => void statements.push(query.split(/\s+/).slice(0, 3).join(' ')) };
  if (handle.kind === 'pglite') {
    const { drizzle } = await import('drizzle-orm/pglite');
    const db = drizzle({ client: handle.pglite!, schema, logger }) as unknown as Database;
    return { db, take: () => [statements, (statements = [])][0] as string[] };
  }
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = (
    handle.db as unknown as { $client: Parameters<typeof drizzle>[0] extends { client?: infer C } ? C : never }
  ).$client;
  const db = drizzle({ client, schema, logger }) as unknown as Database;
  return { db, take: () => [statements, (statements = [])][0] as string[] };
}

describe.each(testDatabases())('diary save round trips on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let counting: Awaited<ReturnType<typeof countingDatabase>>;
  let patient: Actor;

  beforeAll(async () => {
    handle = await open();
    patient = await createActor(handle.db, 'patient');
    counting = await countingDatabase(handle);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('saves a new quiet night in 3 statements, an edit in 3', async () => {
    const nightOf = addDays(TODAY, -1);
    counting.take();
    await saveOwnEntry(counting.db, patient, { entry: night(nightOf, { worst_pain: 1, side: 'left' }) });
    const created = counting.take();
    await saveOwnEntry(counting.db, patient, { entry: night(nightOf, { worst_pain: 2, side: 'left' }) });
    const edited = counting.take();
    console.log(`round trips (${handle.kind}): new ${created.length}, edit ${edited.length}`, created, edited);
    expect(created.length).toBeLessThanOrEqual(ROUND_TRIPS.created);
    expect(edited.length).toBeLessThanOrEqual(ROUND_TRIPS.edited);
  });

  it('raises two flags with an idempotency key in a bounded number of statements', async () => {
    const nightOf = addDays(TODAY, -2);
    const entry = night(nightOf, { worst_pain: 6, side: 'left', symptoms: ['calf_swelling', 'foot_weakness'] });
    const idempotency = { key: `k-${Date.now()}`, requestHash: hashRequest('PUT', `/x/${nightOf}`, entry) };
    counting.take();
    const saved = await saveOwnEntry(counting.db, patient, { entry, idempotency });
    const statements = counting.take();
    console.log(`round trips (${handle.kind}): two rules + key ${statements.length}`, statements);
    expect(saved.body.flags.map((flag) => flag.rule_id).sort()).toEqual([
      'urgent-foot-weakness',
      'urgent-possible-dvt',
    ]);
    expect(statements.length).toBeLessThanOrEqual(ROUND_TRIPS.twoRulesWithKey);
    const replay = await saveOwnEntry(counting.db, patient, { entry, idempotency });
    expect(replay).toMatchObject({ replayed: true, status: 201 });
    expect(replay.body).toEqual(JSON.parse(JSON.stringify(saved.body)));
  });
});

const ROUND_TRIPS = { created: 3, edited: 3, twoRulesWithKey: 7 };
