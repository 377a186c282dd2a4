import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { testDatabases } from '@/lib/testing/test-databases';

describe.each(testDatabases())('audit log on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let id: number;
  beforeAll(async () => {
    handle = await open();
    const [row] = await handle.db.insert(auditEvents).values({ action: 'test.event', actorEmail: 'a@test.example' }).returning();
    id = row!.id;
  });
  afterAll(async () => {
    await handle.close();
  });

  it('refuses UPDATE', async () => {
    await expect(handle.db.update(auditEvents).set({ action: 'rewritten' }).where(eq(auditEvents.id, id))).rejects.toThrow();
  });

  it('refuses DELETE', async () => {
    await expect(handle.db.delete(auditEvents).where(eq(auditEvents.id, id))).rejects.toThrow();
  });

  it('refuses TRUNCATE', async () => {
    await expect(handle.db.execute(sql`truncate audit_events`)).rejects.toThrow();
  });

  it('keeps the row as written', async () => {
    const [row] = await handle.db.select().from(auditEvents).where(eq(auditEvents.id, id));
    expect(row).toMatchObject({ action: 'test.event', actorEmail: 'a@test.example' });
  });
});
