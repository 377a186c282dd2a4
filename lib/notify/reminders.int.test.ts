import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { deliveries, reminderSettings } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import type { JobRuntime } from '../jobs/runtime';
import { addDays } from '../rules';
import { createActor } from '../testing/fixtures';
import { memoryMailer, startTestRuntime, waitFor } from '../testing/notify-harness';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { sendDueReminders } from './reminders';
import { readUnsubscribeToken } from './unsubscribe-token';

const today = todayIso();
// Clinic (process) time, so the test holds in any TZ.
const at = (time: string) => new Date(`${today}T${time}:00`);

describe.each(testDatabases())('reminder scheduler on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let runtime: JobRuntime;
  const mailer = memoryMailer();
  beforeAll(async () => {
    handle = await open();
    runtime = await startTestRuntime(handle, {
      mailer,
      baseUrl: 'https://calfwatch.test',
    });
  });
  afterAll(async () => {
    await runtime.stop();
    await handle.close();
  });

  it('reminds once at the chosen time, outside quiet hours, by email with a working unsubscribe link', async () => {
    const patient = await createActor(handle.db, 'patient');
    await handle.db.insert(reminderSettings).values({
      patientId: patient.patientId!,
      time: '19:00',
      channels: ['email'],
      quietStart: '19:30',
      quietEnd: '20:15',
      countFrom: addDays(today, -1),
    });
    const mine = eq(deliveries.recipientUserId, patient.userId);

    await sendDueReminders(handle.db, at('18:59'));
    await sendDueReminders(handle.db, at('19:45'));
    expect(await handle.db.select().from(deliveries).where(mine)).toEqual([]);

    await sendDueReminders(handle.db, at('20:15'));
    await sendDueReminders(handle.db, at('21:00'));
    const sent = await waitFor(async () => {
      const rows = await handle.db.select().from(deliveries).where(mine);
      return rows.length === 1 && rows.every((row) => row.status === 'sent') && rows;
    });
    expect(sent.map((row) => row.channel)).toEqual(['email']);
    expect(mailer.sent.filter((m) => m.to === patient.email)).toHaveLength(1);

    const email = mailer.sent.find((m) => m.to === patient.email)!;
    const link = /https:\/\/calfwatch\.test\/reminders\/unsubscribe\?token=(\S+)/.exec(email.text);
    expect(readUnsubscribeToken(link![1]!, 'test-secret-test-secret')).toBe(patient.patientId);
    expect(email.headers?.['List-Unsubscribe']).toContain('/reminders/unsubscribe?token=');

  });

  it('pauses after three missed nights in a row', async () => {
    const patient = await createActor(handle.db, 'patient');
    await handle.db.insert(reminderSettings).values({
      patientId: patient.patientId!,
      time: '19:00',
      channels: ['email'],
      countFrom: addDays(today, -10),
    });
    await sendDueReminders(handle.db, at('21:00'));
    expect(await handle.db.select().from(deliveries).where(eq(deliveries.recipientUserId, patient.userId))).toEqual([]);
  });
});
