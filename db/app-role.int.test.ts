import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openQueue } from '@/lib/jobs/boss';
import { QUEUES } from '@/lib/jobs/queues';
import { createActor } from '@/lib/testing/fixtures';
import { testDatabases } from '@/lib/testing/test-databases';
import { auditEvents } from './schema';
import { APP_ROLE } from './app-role';
import { verifyAuditChain } from './audit-chain';
import { connectDatabase } from './connect';
import { rowsOf } from './rows';
import type { DatabaseHandle } from './types';

/** PostgreSQL only: the embedded database has one user, and no one else can reach it. */
const server = testDatabases().find((database) => database.name === 'postgres');

// Skipped, not absent, without a server: a file with no suite fails the run.
describe.skipIf(!server)('the app role on PostgreSQL', () => {
  const open = () => server!.open();
  let owner: DatabaseHandle;
  let app: DatabaseHandle;
  beforeAll(async () => {
    owner = await open();
    const url = new URL(owner.url!);
    url.username = APP_ROLE;
    url.password = '';
    app = await connectDatabase({ url: url.toString(), max: 2 });
  });
  afterAll(async () => {
    await app?.close();
    await owner?.close();
  });

  const refusal = async (statement: ReturnType<typeof sql>) => {
    const error = await app.db.execute(statement).then(
      () => null,
      (caught: unknown) => caught as { cause?: { code?: string }; code?: string },
    );
    return error?.cause?.code ?? error?.code ?? 'no error';
  };

  it('runs the app: accounts, audit rows (chained) and the job queue', async () => {
    expect(rowsOf(await app.db.execute(sql`select current_user as who`))[0]).toEqual({ who: APP_ROLE });
    await createActor(app.db, 'clinician');
    await app.db.insert(auditEvents).values({ action: 'test.app_role' });
    expect((await verifyAuditChain(app.db)).broken).toBeNull();
    const boss = await openQueue(app);
    try {
      const id = await boss.send(QUEUES.flagEvent, { test: true });
      expect(id).toEqual(expect.any(String));
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it.each([
    ['DELETE', sql`delete from audit_events`],
    ['UPDATE', sql`update audit_events set action = 'rewritten'`],
    ['TRUNCATE', sql`truncate audit_events`],
    ['DISABLE TRIGGER', sql`alter table audit_events disable trigger audit_events_no_update_delete`],
    ['DROP TRIGGER', sql`drop trigger audit_events_chain on audit_events`],
    ['DROP TRIGGER (head)', sql`drop trigger audit_events_chain_head on audit_events`],
    ['moving the chain head', sql`update audit_chain_head set seq = 0`],
  ])('may not %s the audit log', async (_, statement) => {
    // 42501: insufficient privilege (also "must be owner of table").
    expect(await refusal(statement)).toBe('42501');
  });
});
