import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagEvents, flags } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { transitionFlag } from '@/lib/flags/flag-actions';
import { ForbiddenError } from '@/lib/errors';
import { RULE_IDS } from '@/lib/rules';
import { testDatabases } from '@/lib/testing/test-databases';
import { createActor } from '@/lib/testing/fixtures';
import type { Actor } from './actor';
import { getRuleStats } from './rule-stats';

const HOUR = 3_600_000;

describe.each(testDatabases())('rule statistics on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let admin: Actor;
  beforeAll(async () => {
    handle = await open();
    admin = await createActor(handle.db, 'admin');
    const clinician = await createActor(handle.db, 'clinician');
    const start = new Date('2026-01-01T00:00:00Z');

    // Each flag needs its own patient: one live flag per patient and rule.
    async function flag(ruleId: string, raisedAt: Date) {
      const patient = await createActor(handle.db, 'patient');
      const [row] = await handle.db
        .insert(flags)
        .values({
          patientId: patient.patientId!,
          ruleId,
          tier: 'urgent',
          reason: 'test',
          rulesVersion: 'test',
          firstSeenAt: raisedAt,
          lastSeenAt: raisedAt,
        })
        .returning();
      await handle.db.insert(flagEvents).values({ flagId: row!.id, type: 'raised', at: raisedAt, toTier: 'urgent' });
      return row!.id;
    }
    const act = (flagId: string, action: 'acknowledge' | 'resolve', at: Date) =>
      transitionFlag(handle.db, { flagId, action, actorUserId: clinician.userId, note: null, now: at });

    // urgent-possible-dvt: acknowledged after 1 h, 3 h and 8 h (median 3 h); two resolved; one still open.
    const dvt = [await flag('urgent-possible-dvt', start), await flag('urgent-possible-dvt', start)];
    dvt.push(await flag('urgent-possible-dvt', start), await flag('urgent-possible-dvt', start));
    await act(dvt[0]!, 'acknowledge', new Date(start.getTime() + HOUR));
    await act(dvt[0]!, 'resolve', new Date(start.getTime() + 2 * HOUR));
    await act(dvt[1]!, 'acknowledge', new Date(start.getTime() + 3 * HOUR));
    // Resolving an open flag straight away counts as acting on it.
    await act(dvt[2]!, 'resolve', new Date(start.getTime() + 8 * HOUR));

    // soon-claudication: raised long ago, never touched.
    await flag('soon-claudication', new Date('2025-06-01T00:00:00Z'));
    // A rule retired from the catalog still shows.
    await flag('retired-rule', start);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('counts raised, acknowledged, resolved and awaiting flags and the median time to acknowledge', async () => {
    const stats = await getRuleStats(handle.db, admin);
    expect(stats.map((row) => row.rule_id)).toEqual([...RULE_IDS, 'retired-rule']);
    expect(stats.find((row) => row.rule_id === 'urgent-possible-dvt')).toEqual({
      rule_id: 'urgent-possible-dvt',
      title: expect.any(String),
      tier: 'urgent',
      raised: 4,
      acknowledged: 3,
      resolved: 2,
      awaiting: 1,
      median_seconds_to_acknowledge: 3 * 3600,
    });
    expect(stats.find((row) => row.rule_id === 'soon-claudication')).toMatchObject({
      raised: 1,
      acknowledged: 0,
      awaiting: 1,
      median_seconds_to_acknowledge: null,
    });
    expect(stats.find((row) => row.rule_id === 'emergency-limb-threat')).toMatchObject({ raised: 0, resolved: 0 });
    expect(stats.at(-1)).toMatchObject({ rule_id: 'retired-rule', title: 'retired-rule', tier: null, raised: 1 });
  });

  it('counts only flags raised since a date when asked', async () => {
    const stats = await getRuleStats(handle.db, admin, { since: new Date('2025-12-01T00:00:00Z') });
    expect(stats.find((row) => row.rule_id === 'soon-claudication')?.raised).toBe(0);
    expect(stats.find((row) => row.rule_id === 'urgent-possible-dvt')?.raised).toBe(4);
  });

  it('is for administrators only', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    await expect(getRuleStats(handle.db, clinician)).rejects.toThrow(ForbiddenError);
  });
});
