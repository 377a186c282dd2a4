import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { escalationContacts, flagEvents, flags, notifications } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import { transitionFlag } from '../flags/flag-actions';
import type { JobRuntime } from '../jobs/runtime';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { memoryMailer, startTestRuntime, waitFor } from '../testing/notify-harness';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { escalateOverdueFlags } from './escalation';

const lastNight = addDays(todayIso(), -1);
const fainting = { worst_pain: 4, side: 'left' as const, symptoms: ['fainting' as const] };
const swollenCalf = { worst_pain: 5, side: 'left' as const, symptoms: ['calf_swelling' as const, 'calf_warmth' as const] };
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

describe.each(testDatabases())('escalation of overdue flags on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let runtime: JobRuntime;
  const mailer = memoryMailer();
  beforeAll(async () => {
    handle = await open();
    runtime = await startTestRuntime(handle, { mailer });
  });
  afterAll(async () => {
    await runtime.stop();
    await handle.close();
  });

  it('tells the escalation contacts once when an emergency flag is not acknowledged within an hour', async () => {
    const raisedAt = new Date('2026-03-10T22:00:00Z');
    const patient = await createActor(handle.db, 'patient');
    const team = await createActor(handle.db, 'clinician');
    const lead = await createActor(handle.db, 'clinician');
    const admin = await createActor(handle.db, 'admin');
    await assignToCareTeam(handle.db, team, patient);
    await handle.db.insert(escalationContacts).values([{ userId: lead.userId }, { userId: admin.userId }]);
    const saved = await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(lastNight, fainting), now: raisedAt });
    const flag = saved.flags.find((f) => f.flag.tier === 'emergency')!.flag;

    expect(await escalateOverdueFlags(handle.db, minutes(raisedAt, 59))).not.toContain(flag.id);
    expect(await escalateOverdueFlags(handle.db, minutes(raisedAt, 61))).toContain(flag.id);
    expect(await escalateOverdueFlags(handle.db, minutes(raisedAt, 120))).not.toContain(flag.id);

    const history = await handle.db
      .select()
      .from(flagEvents)
      .where(and(eq(flagEvents.flagId, flag.id), eq(flagEvents.type, 'overdue_escalated')));
    expect(history).toHaveLength(1);
    expect(history[0]!.note).toContain('1 hour');
    const [stored] = await handle.db.select().from(flags).where(eq(flags.id, flag.id));
    expect(stored).toMatchObject({ status: 'open', tier: 'emergency' });

    const overdue = await waitFor(async () => {
      const rows = await handle.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.flagId, flag.id), eq(notifications.kind, 'flag_overdue')));
      return rows.length > 0 && rows;
    });
    expect(overdue.map((n) => n.userId)).toEqual([lead.userId]);
    await waitFor(async () => mailer.sent.filter((m) => m.to === admin.email).length === 1);
    await waitFor(async () => mailer.sent.filter((m) => m.to === lead.email).length === 1);
  });

  it('leaves an acknowledged flag alone and waits 24 hours for an urgent one', async () => {
    const raisedAt = new Date('2026-03-10T08:00:00Z');
    const patient = await createActor(handle.db, 'patient');
    const other = await createActor(handle.db, 'patient');
    const clinician = await createActor(handle.db, 'clinician');
    const acked = (await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(lastNight, fainting), now: raisedAt })).flags[0]!.flag;
    await transitionFlag(handle.db, { flagId: acked.id, action: 'acknowledge', actorUserId: clinician.userId, note: null, now: minutes(raisedAt, 30) });
    const urgent = (await saveDiaryEntry(handle.db, { patientId: other.patientId!, fields: night(lastNight, swollenCalf), now: raisedAt })).flags[0]!.flag;
    expect(urgent.tier).toBe('urgent');

    const atTwentyThreeHours = await escalateOverdueFlags(handle.db, minutes(raisedAt, 23 * 60));
    expect(atTwentyThreeHours).not.toContain(urgent.id);
    expect(atTwentyThreeHours).not.toContain(acked.id);
    const atADay = await escalateOverdueFlags(handle.db, minutes(raisedAt, 24 * 60 + 1));
    expect(atADay).toContain(urgent.id);
    expect(atADay).not.toContain(acked.id);
  });
});
