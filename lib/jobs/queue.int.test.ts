import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import { flags } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry, saveDiaryEntryInTransaction } from '../diary/save-entry';
import { transitionFlag } from '../flags/flag-actions';
import { addDays } from '../rules';
import { createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { openQueue } from './boss';
import { bindQueue } from './enqueue';
import { QUEUES, SCHEDULES } from './queues';

const lastNight = addDays(todayIso(), -1);
const swollenCalf = {
  worst_pain: 5,
  side: 'left' as const,
  symptoms: ['calf_swelling' as const, 'calf_warmth' as const],
};

describe.each(testDatabases())('jobs enqueued with their write on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let boss: PgBoss;
  beforeAll(async () => {
    handle = await open();
    // A queue without workers: jobs stay queued for the assertions to find.
    boss = await openQueue(handle);
    bindQueue(boss);
  });
  afterAll(async () => {
    bindQueue(null);
    await boss.stop({ graceful: false });
    await handle.close();
  });

  const jobsFor = async (queue: string, data: object) => boss.findJobs(queue, { data });

  it('a committed urgent flag enqueues exactly one flag-event job', async () => {
    const patient = await createActor(handle.db, 'patient');
    const saved = await saveDiaryEntry(handle.db, {
      patientId: patient.patientId!,
      fields: night(lastNight, swollenCalf),
    });
    const raised = saved.flags.find((f) => f.change === 'raised' && f.flag.tier === 'urgent');
    expect(raised).toBeDefined();
    const jobs = await jobsFor(QUEUES.flagEvent, { flagId: raised!.flag.id });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ flagId: raised!.flag.id, kind: 'flag_raised', tier: 'urgent' });

    // The same night saved again adds no new flag event.
    await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(lastNight, swollenCalf) });
    expect(await jobsFor(QUEUES.flagEvent, { flagId: raised!.flag.id })).toHaveLength(1);
  });

  it('a rolled-back submission enqueues nothing and leaves no flag', async () => {
    const patient = await createActor(handle.db, 'patient');
    const before = (await boss.findJobs(QUEUES.flagEvent)).length;
    await expect(
      handle.db.transaction(async (tx) => {
        const saved = await saveDiaryEntryInTransaction(tx, {
          patientId: patient.patientId!,
          fields: night(lastNight, swollenCalf),
        });
        expect(saved.flags.some((f) => f.change === 'raised')).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await handle.db.select().from(flags).where(eq(flags.patientId, patient.patientId!))).toEqual([]);
    expect((await boss.findJobs(QUEUES.flagEvent)).length).toBe(before);
  });

  it('acknowledging a flag enqueues one flag-acknowledged job with it', async () => {
    const patient = await createActor(handle.db, 'patient');
    const clinician = await createActor(handle.db, 'clinician');
    const saved = await saveDiaryEntry(handle.db, {
      patientId: patient.patientId!,
      fields: night(lastNight, swollenCalf),
    });
    const flagId = saved.flags[0]!.flag.id;
    await transitionFlag(handle.db, { flagId, action: 'acknowledge', actorUserId: clinician.userId, note: null });
    expect(await jobsFor(QUEUES.flagAcknowledged, { flagId })).toHaveLength(1);
  });

  it('runs the periodic jobs on pg-boss cron schedules, not a loop of its own', async () => {
    const scheduler = await openQueue(handle, { schedules: true });
    try {
      const schedules = await scheduler.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron, s.timezone]).sort()).toEqual(
        Object.entries(SCHEDULES)
          .map(([name, cron]) => [name, cron, 'UTC'])
          .sort(),
      );
      // The escalation and reminder sweeps every minute.
      expect(SCHEDULES[QUEUES.escalationSweep]).toBe('* * * * *');
      expect(SCHEDULES[QUEUES.reminderSweep]).toBe('* * * * *');
    } finally {
      await scheduler.stop({ graceful: false });
    }
  });
});
