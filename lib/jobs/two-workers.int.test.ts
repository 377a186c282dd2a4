import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { deliveries } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import { createMailer } from '../notify/email';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night } from '../testing/fixtures';
import { startTestRuntime, waitFor } from '../testing/notify-harness';
import { startSmtpSink } from '../testing/receivers';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { QUEUES } from './queues';
import type { JobRuntime } from './runtime';

const lastNight = addDays(todayIso(), -1);
const swollenCalf = { worst_pain: 5, side: 'left' as const, symptoms: ['calf_swelling' as const, 'calf_warmth' as const] };
const postgres = testDatabases().filter((database) => database.name === 'postgres');

// Two app instances (two pg-boss clients with workers) on one PostgreSQL database.
describe.skipIf(postgres.length === 0)('two workers on one PostgreSQL', () => {
  let handle: DatabaseHandle;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const runtimes: JobRuntime[] = [];
  beforeAll(async () => {
    handle = await postgres[0]!.open();
    smtp = await startSmtpSink();
    for (let i = 0; i < 2; i += 1) {
      runtimes.push(await startTestRuntime(handle, { mailer: createMailer({ SMTP_URL: smtp.url }) }));
    }
  });
  afterAll(async () => {
    for (const runtime of runtimes) await runtime.stop();
    await smtp.close();
    await handle?.close();
  });

  it('deliver each notification exactly once', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    const patients = [];
    for (let i = 0; i < 12; i += 1) {
      const patient = await createActor(handle.db, 'patient');
      await assignToCareTeam(handle.db, clinician, patient);
      patients.push(patient);
    }
    await Promise.all(
      patients.map((patient) =>
        saveDiaryEntry(handle.db, { patientId: patient.patientId!, fields: night(lastNight, swollenCalf) }),
      ),
    );
    const sent = await waitFor(async () => {
      const rows = await handle.db.select().from(deliveries).where(eq(deliveries.channel, 'email'));
      return rows.length === 12 && rows.every((row) => row.status === 'sent') && rows;
    });
    // Every job has settled in both instances: nothing left that could send again.
    await waitFor(async () => {
      const [events, sends] = await Promise.all([
        runtimes[0]!.boss.findJobs(QUEUES.flagEvent, { queued: true }),
        runtimes[0]!.boss.findJobs(QUEUES.delivery, { queued: true }),
      ]);
      return events.length === 0 && sends.length === 0;
    });
    expect(sent.every((row) => row.attempts === 1)).toBe(true);
    expect(smtp.messages).toHaveLength(12);
    expect(smtp.messages.every((message) => message.to.join() === clinician.email)).toBe(true);
  });
});
