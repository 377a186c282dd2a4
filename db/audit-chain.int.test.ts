import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import type { Database, DatabaseHandle } from '@/db/types';
import { testDatabases } from '@/lib/testing/test-databases';
import { rowsOf } from './rows';
import { verifyAuditChain } from './audit-chain';
import { connectDatabase } from './connect';
import { migrateDatabase, MIGRATIONS_FOLDER } from './migrate';

const run = promisify(execFile);

async function addRows(db: Database, count: number): Promise<number[]> {
  const rows = await db
    .insert(auditEvents)
    .values(Array.from({ length: count }, (_, i) => ({ action: `test.${i}`, detail: { i, text: 'é ✓' } })))
    .returning({ id: auditEvents.id });
  return rows.map((row) => row.id);
}

/** What an owner could do by hand: switch the append-only trigger off around an edit. */
async function asOwnerWithoutGuard(db: Database, change: () => Promise<unknown>): Promise<void> {
  await db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
  await change();
  await db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
}

describe.each(testDatabases())('audit hash chain on $name', ({ name, open }) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('chains every row, whatever an insert says, and verifies in batches', async () => {
    handle = await open();
    const { db } = handle;
    await addRows(db, 7);
    await db.insert(auditEvents).values({ action: 'forged', chainSeq: 1, prevHash: 'x', hash: 'y' });
    // Concurrent writers in their own transactions still form one chain.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.insert(auditEvents).values({ action: `concurrent.${i}` });
        }),
      ),
    );
    const report = await verifyAuditChain(db, { batchSize: 5 });
    expect(report).toMatchObject({ rows: 20, broken: null, last: { position: 20 } });
  });

  it('keeps one chain across statements, savepoints and big inserts in one transaction, the head on the last row', async () => {
    handle = await open();
    const { db } = handle;
    await addRows(db, 3);
    await db.transaction(async (tx) => {
      await addRows(tx, 400);
      await tx.insert(auditEvents).values({ action: 'single' });
      // A statement undone by its savepoint takes its rows and its move of the head with it.
      await tx
        .transaction(async (inner) => {
          await addRows(inner, 5);
          throw new Error('undo');
        })
        .catch(() => undefined);
      await addRows(tx, 2);
    });
    const report = await verifyAuditChain(db, { batchSize: 100 });
    expect(report).toMatchObject({ rows: 406, broken: null, last: { position: 406 } });
    const [head] = rowsOf<{ seq: string; hash: string }>(
      await db.execute(sql`select seq::text, hash from audit_chain_head`),
    );
    const [last] = await db.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.chainSeq, 406));
    expect(head).toEqual({ seq: '406', hash: last?.hash });
  });

  it('names the edited row', async () => {
    handle = await open();
    const { db } = handle;
    const ids = await addRows(db, 10);
    const target = ids[6]!;
    await asOwnerWithoutGuard(db, () =>
      db.update(auditEvents).set({ action: 'rewritten' }).where(eq(auditEvents.id, target)),
    );
    const report = await verifyAuditChain(db, { batchSize: 4 });
    expect(report.broken).toMatchObject({ id: target, position: 7, message: expect.stringContaining('changed') });
    expect(report.rows).toBe(6);
    expect(report.last.position).toBe(6);
  });

  it('names the row after a deleted one, and rows deleted from the end', async () => {
    handle = await open();
    const { db } = handle;
    const ids = await addRows(db, 10);
    await asOwnerWithoutGuard(db, () => db.delete(auditEvents).where(eq(auditEvents.id, ids[9]!)));
    expect((await verifyAuditChain(db)).broken).toMatchObject({
      id: null,
      position: 10,
      message: expect.stringContaining('missing from the end'),
    });
    await asOwnerWithoutGuard(db, () => db.delete(auditEvents).where(eq(auditEvents.id, ids[3]!)));
    expect((await verifyAuditChain(db, { batchSize: 3 })).broken).toMatchObject({
      id: ids[4],
      position: 5,
      message: expect.stringContaining('position 4'),
    });
  });

  it('notices a row rehashed after an edit: the next row no longer links to it', async () => {
    handle = await open();
    const { db } = handle;
    const ids = await addRows(db, 5);
    await asOwnerWithoutGuard(db, async () => {
      await db.update(auditEvents).set({ action: 'rewritten' }).where(eq(auditEvents.id, ids[1]!));
      await db.execute(sql`update audit_events e set hash = audit_event_hash(e) where id = ${ids[1]!}`);
    });
    expect((await verifyAuditChain(db)).broken).toMatchObject({ id: ids[2], message: expect.stringContaining('link') });
  });

  it('hashes the rows written before the chain existed', async () => {
    handle = await open();
    if (name === 'pglite') {
      // A fresh database migrated up to the chain's migration, given rows, then migrated to the end.
      await handle.close();
      handle = await connectDatabase({ dataDir: 'memory://' });
    } else {
      await handle.db.execute(sql`drop schema public cascade; create schema public; drop schema drizzle cascade`);
    }
    const early = fs.mkdtempSync(path.join(os.tmpdir(), 'calfwatch-migrations-'));
    fs.cpSync(MIGRATIONS_FOLDER, early, { recursive: true });
    const journalPath = path.join(early, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((entry) => entry.tag < '0009');
    fs.writeFileSync(journalPath, JSON.stringify(journal));
    await migrateDatabase(handle, early);
    await handle.db.execute(
      sql`insert into audit_events (action, detail) values ('old.one', '{"a": 1}'), ('old.two', null)`,
    );
    await migrateDatabase(handle);
    await handle.db.insert(auditEvents).values({ action: 'new.one' });
    expect(await verifyAuditChain(handle.db)).toMatchObject({ rows: 3, broken: null });
    fs.rmSync(early, { recursive: true, force: true });
  });

  it('npm run audit:verify exits 0 on an intact log and 1 naming the edited row', async () => {
    let env: NodeJS.ProcessEnv;
    let dir: string | undefined;
    if (name === 'pglite') {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calfwatch-verify-'));
      handle = await connectDatabase({ dataDir: dir });
      await migrateDatabase(handle);
      env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir };
    } else {
      handle = await open();
      env = { ...process.env, DATABASE_URL: handle.url };
    }
    const ids = await addRows(handle.db, 3);
    if (dir) await closeEmbedded();
    const cli = () => run('npx', ['tsx', 'lib/cli/audit-verify.ts'], { env });
    expect((await cli()).stdout).toContain('intact: 3 rows');
    if (dir) handle = await connectDatabase({ dataDir: dir });
    const db = handle!.db;
    await asOwnerWithoutGuard(db, () =>
      db.update(auditEvents).set({ ip: '10.0.0.1' }).where(eq(auditEvents.id, ids[1]!)),
    );
    if (dir) await closeEmbedded();
    await expect(cli()).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`First broken row: id ${ids[1]}.`),
    });
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000);

  /** The CLI opens the embedded directory itself: one process per data directory. */
  async function closeEmbedded() {
    await handle?.close();
    handle = undefined;
  }
});
