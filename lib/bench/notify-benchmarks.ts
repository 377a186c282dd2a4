import type { DatabaseHandle } from '@/db/types';
import { insertAccount } from '../accounts/insert-account';
import { careTeam } from '@/db/schema';
import { saveDiaryEntry } from '../diary/save-entry';
import { emptyDiaryFields } from '../diary/empty';
import { startJobRuntime } from '../jobs/runtime';
import { createMailer } from '../notify/email';
import { startSmtpSink } from '../notify/smtp-sink';
import { percentile } from './measure';

export interface NotifyBenchResult {
  /** Flag commit → email accepted by the SMTP sink, one flag at a time. */
  latency: { p50: number; p95: number; samples: number };
  /** A burst of flags committed together: emails delivered per second until the last arrived. */
  burst: { emails: number; ms: number; perSecond: number };
}

/**
 * Urgent flags raised through the real submission path, alerted by email
 * through the real queue and workers to a real SMTP server on localhost.
 */
export async function benchNotifications(
  handle: DatabaseHandle,
  options: { latencySamples: number; burst: number; endNight: string },
): Promise<NotifyBenchResult> {
  const sink = await startSmtpSink();
  const runtime = await startJobRuntime(handle, {
    workers: true,
    context: { mailer: createMailer({ SMTP_URL: sink.url }), webhook: null, push: null },
  });
  try {
    const { userId: clinician } = await insertAccount(handle.db, {
      email: `bench-notify-clinician-${Date.now()}@example.org`,
      name: 'Bench alerts clinician',
      role: 'clinician',
      passwordHash: 'not-a-login',
    });
    const newPatient = async (n: number) => {
      const { patientId } = await insertAccount(handle.db, {
        email: `bench-notify-${Date.now()}-${n}@example.org`,
        name: `Bench alerts patient ${n}`,
        role: 'patient',
        passwordHash: 'not-a-login',
      });
      await handle.db.insert(careTeam).values({ clinicianUserId: clinician, patientId: patientId! });
      return patientId!;
    };
    const urgentNight = (patientId: string) =>
      saveDiaryEntry(handle.db, {
        patientId,
        fields: { ...emptyDiaryFields(options.endNight), worst_pain: 6, side: 'left', symptoms: ['calf_swelling', 'calf_warmth'] },
      });
    const waitForMail = async (count: number) => {
      while (sink.messages.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
    };

    const latencies: number[] = [];
    for (let i = 0; i < options.latencySamples; i += 1) {
      const patientId = await newPatient(i);
      const before = sink.messages.length;
      await urgentNight(patientId);
      const committed = performance.now();
      await waitForMail(before + 1);
      latencies.push(sink.messages[before]!.receivedAt - committed);
    }

    const patients = [];
    for (let i = 0; i < options.burst; i += 1) patients.push(await newPatient(options.latencySamples + i));
    const before = sink.messages.length;
    const start = performance.now();
    await Promise.all(patients.map(urgentNight));
    await waitForMail(before + options.burst);
    const ms = sink.messages.at(-1)!.receivedAt - start;
    return {
      latency: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), samples: latencies.length },
      burst: { emails: options.burst, ms, perSecond: (options.burst / ms) * 1000 },
    };
  } finally {
    await runtime.stop();
    await sink.close();
  }
}
