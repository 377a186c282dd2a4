import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { deliveries, pushSubscriptions, reminderSettings } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import type { JobRuntime } from '../jobs/runtime';
import { addDays } from '../rules';
import { createActor } from '../testing/fixtures';
import { startTestRuntime, waitFor } from '../testing/notify-harness';
import { startPushReceiver } from '../testing/push-receiver';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { createPushSender, generateVapidKeys } from './push';
import { sendDueReminders } from './reminders';

const today = todayIso();
// Clinic (process) time, so the test holds in any TZ.
const at = (time: string) => new Date(`${today}T${time}:00`);

describe.each(testDatabases())('web push reminders to a local push service on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let runtime: JobRuntime;
  let service: Awaited<ReturnType<typeof startPushReceiver>>;
  const vapid = { ...generateVapidKeys(), subject: 'mailto:clinic@calfwatch.test' };

  beforeAll(async () => {
    handle = await open();
    service = await startPushReceiver();
    const agent = new https.Agent({ ca: service.ca });
    runtime = await startTestRuntime(handle, { push: createPushSender(vapid, { agent }) });
  });
  afterAll(async () => {
    await runtime.stop();
    await service.close();
    await handle.close();
  });

  /** A patient whose push reminder is due at 19:00 and whose browser subscribed on the local service. */
  async function subscribedPatient() {
    const patient = await createActor(handle.db, 'patient');
    await handle.db
      .insert(reminderSettings)
      .values({ patientId: patient.patientId!, time: '19:00', channels: ['push'], countFrom: addDays(today, -1) });
    const subscription = service.subscribe();
    await handle.db.insert(pushSubscriptions).values({ userId: patient.userId, ...subscription });
    return { patient, subscription };
  }

  it('delivers the reminder encrypted (RFC 8291) and VAPID-signed; it decrypts to the reminder text', async () => {
    const { patient, subscription } = await subscribedPatient();
    await sendDueReminders(handle.db, at('19:30'));
    const push = await waitFor(async () => service.received.find((p) => p.endpoint === subscription.endpoint));
    expect(JSON.parse(push.text)).toEqual({
      title: 'Calfwatch',
      body: 'Your diary entry for last night is not in yet.',
      url: '/diary/new',
    });
    expect(push.vapidKey).toBe(vapid.publicKey);
    expect(push.ttl).toBe(String(6 * 3600));
    expect(service.rejected).toEqual([]);
    const [delivery] = await waitFor(async () => {
      const rows = await handle.db.select().from(deliveries).where(eq(deliveries.recipientUserId, patient.userId));
      return rows[0]?.status === 'sent' && rows;
    });
    expect(delivery).toMatchObject({ channel: 'push', kind: 'diary_reminder', attempts: 1, lastError: null });
  });

  it('forgets a subscription the push service reports gone (410), and fails the delivery without retrying', async () => {
    const { patient, subscription } = await subscribedPatient();
    service.revoke(subscription);
    await sendDueReminders(handle.db, at('19:30'));
    const [delivery] = await waitFor(async () => {
      const rows = await handle.db.select().from(deliveries).where(eq(deliveries.recipientUserId, patient.userId));
      return rows[0]?.status === 'failed' && rows;
    });
    expect(delivery).toMatchObject({
      channel: 'push',
      attempts: 1,
      lastError: 'every push subscription is gone (404/410)',
    });
    expect(
      await handle.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, patient.userId)),
    ).toEqual([]);
    expect(service.received.some((p) => p.endpoint === subscription.endpoint)).toBe(false);
  });
});
