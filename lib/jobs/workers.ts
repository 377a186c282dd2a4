import type { JobWithMetadata, PgBoss } from 'pg-boss';
import type { NotifyContext } from '../notify/context';
import { runDelivery, type DeliveryJob } from '../notify/deliver';
import { escalateOverdueFlags } from '../notify/escalation';
import { fanOutFlagEvent, settleAcknowledgedFlag } from '../notify/fan-out';
import type { FlagAcknowledgedJob, FlagEventJob } from '../notify/flag-jobs';
import { sendDueReminders } from '../notify/reminders';
import { rollPatientSummaries } from '../summaries/roll';
import { QUEUES } from './queues';

/** How often idle workers look for new jobs; pg-boss's floor is half a second. */
const POLL_SECONDS = 1;

/** Registers every handler on `boss`. Each job is handled on its own, so one failure retries only itself. */
export async function startWorkers(boss: PgBoss, ctx: NotifyContext): Promise<void> {
  const options = { pollingIntervalSeconds: POLL_SECONDS, includeMetadata: true } as const;
  await boss.work<FlagEventJob>(QUEUES.flagEvent, options, async ([job]) => {
    if (job) await fanOutFlagEvent(ctx, job.data);
  });
  await boss.work<FlagAcknowledgedJob>(QUEUES.flagAcknowledged, options, async ([job]) => {
    if (job) await settleAcknowledgedFlag(ctx, job.data);
  });
  await boss.work<DeliveryJob>(QUEUES.delivery, { ...options, localConcurrency: 4 }, async (jobs) => {
    const [job] = jobs as JobWithMetadata<DeliveryJob>[];
    if (job) await runDelivery(ctx, job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
  });
  await boss.work(QUEUES.escalationSweep, options, async () => {
    await escalateOverdueFlags(ctx.db, ctx.now());
  });
  await boss.work(QUEUES.reminderSweep, options, async () => {
    await sendDueReminders(ctx.db, ctx.now());
  });
  await boss.work(QUEUES.summaryRoll, options, async () => {
    await rollPatientSummaries(ctx.db, ctx.now());
  });
}
