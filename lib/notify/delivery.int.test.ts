import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { deliveries, flags, notifications } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import type { JobRuntime } from '../jobs/runtime';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { startTestRuntime, waitFor } from '../testing/notify-harness';
import { startSmtpSink, startWebhookReceiver } from '../testing/receivers';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { runDelivery } from './deliver';
import { createMailer } from './email';
import { saveOwnChannels } from './routing';

const lastNight = addDays(todayIso(), -1);
const swollenCalf = { worst_pain: 5, side: 'left' as const, symptoms: ['calf_swelling' as const, 'calf_warmth' as const] };
const SECRET = 'webhook-secret-for-tests';

describe.each(testDatabases())('alert routing on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let runtime: JobRuntime;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  beforeAll(async () => {
    handle = await open();
    smtp = await startSmtpSink();
    hook = await startWebhookReceiver(SECRET);
    runtime = await startTestRuntime(handle, {
      mailer: createMailer({ SMTP_URL: smtp.url }),
      webhook: { url: hook.url, secret: SECRET },
      baseUrl: 'https://calfwatch.test',
    });
  });
  afterAll(async () => {
    await runtime.stop();
    await Promise.all([smtp.close(), hook.close()]);
    await handle.close();
  });

  it('routes an urgent flag to the care team by their channels, by SMTP and a signed webhook, with no health information', async () => {
    const patient = await createActor(handle.db, 'patient', { name: 'Ada Lovelace-Unique' });
    const byEmail = await createActor(handle.db, 'clinician');
    const inAppOnly = await createActor(handle.db, 'clinician');
    await assignToCareTeam(handle.db, byEmail, patient);
    await assignToCareTeam(handle.db, inAppOnly, patient);
    await saveOwnChannels(handle.db, inAppOnly.userId, { urgent: ['in_app'] });

    const saved = await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(lastNight, swollenCalf) });
    const flag = saved.flags.find((f) => f.change === 'raised')!.flag;

    const mail = await waitFor(async () => smtp.messages.find((m) => m.to.includes(byEmail.email)));
    expect(mail.raw).toContain('A flag needs your review');
    expect(mail.raw).toContain('https://calfwatch.test/clinician/notifications');
    for (const secret of ['Ada', 'Lovelace', flag.ruleId, 'swelling', 'urgent', flag.reason]) {
      expect(mail.raw).not.toContain(secret);
    }
    const call = await waitFor(async () => hook.received.find((r) => r.body.flag_id === flag.id));
    expect(call.verified).toBe(true);
    expect(Object.keys(call.body).sort()).toEqual(['delivery_id', 'event', 'flag_id', 'patient_id', 'sent_at', 'tier']);
    expect(call.body).toMatchObject({ event: 'flag_raised', patient_id: patient.patientId, tier: 'urgent' });

    const rows = await waitFor(async () => {
      const all = await handle.db.select().from(deliveries).where(eq(deliveries.flagId, flag.id));
      return all.length === 4 && all.every((d) => d.status === 'sent') && all;
    });
    expect(rows.map((d) => d.channel).sort()).toEqual(['email', 'in_app', 'in_app', 'webhook']);
    expect(smtp.messages.filter((m) => m.to.includes(inAppOnly.email))).toEqual([]);
    const inbox = await handle.db.select().from(notifications).where(eq(notifications.flagId, flag.id));
    expect(inbox.map((n) => n.userId).sort()).toEqual([byEmail.userId, inAppOnly.userId].sort());
    expect(inbox.every((n) => n.kind === 'flag_raised' && n.tier === 'urgent' && n.readAt === null)).toBe(true);
  });

  it('does not route a routine flag by default', async () => {
    const patient = await createActor(handle.db, 'patient');
    const clinician = await createActor(handle.db, 'clinician');
    await assignToCareTeam(handle.db, clinician, patient);
    // Three nights of mild cramps make at most a routine or soon flag, never urgent.
    const mild = { worst_pain: 3, side: 'left' as const, patterns: ['sudden_cramp' as const] };
    for (const n of [3, 2, 1]) {
      await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(addDays(todayIso(), -n), mild) });
    }
    const urgent = await handle.db.select().from(flags).where(and(eq(flags.patientId, patient.patientId!), eq(flags.tier, 'urgent')));
    expect(urgent).toEqual([]);
    // The flag events were handled (the queue drained), and nothing was routed.
    await waitFor(async () => (await runtime.boss.findJobs('flag-event', { queued: true })).length === 0);
    expect(await handle.db.select().from(notifications).where(eq(notifications.patientId, patient.patientId!))).toEqual([]);
  });

  it('records a failed delivery with its reason after the last retry, and leaves the flag alone', async () => {
    const failing = await startWebhookReceiver(SECRET, () => 503);
    try {
      const patient = await createActor(handle.db, 'patient');
      const saved = await saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(lastNight, swollenCalf) });
      const flag = saved.flags[0]!.flag;
      const [delivery] = await handle.db
        .insert(deliveries)
        .values({ kind: 'flag_raised', channel: 'webhook', eventKey: `test:${flag.id}`, flagId: flag.id, tier: 'urgent' })
        .returning();
      const context = { ...runtime.context, webhook: { url: failing.url, secret: SECRET } };
      await expect(runDelivery(context, { deliveryId: delivery!.id }, { retryCount: 0, retryLimit: 1 })).rejects.toThrow('503');
      const [retried] = await handle.db.select().from(deliveries).where(eq(deliveries.id, delivery!.id));
      expect(retried).toMatchObject({ status: 'retried', attempts: 1, lastError: 'webhook answered 503' });
      await runDelivery(context, { deliveryId: delivery!.id }, { retryCount: 1, retryLimit: 1 });
      const [failed] = await handle.db.select().from(deliveries).where(eq(deliveries.id, delivery!.id));
      expect(failed).toMatchObject({ status: 'failed', attempts: 2, lastError: 'webhook answered 503', sentAt: null });
      expect(failing.received.every((r) => r.verified)).toBe(true);
      const [after] = await handle.db.select().from(flags).where(eq(flags.id, flag.id));
      expect(after).toEqual(flag);
    } finally {
      await failing.close();
    }
  });
});
