import { rollPatientSummaries } from '../summaries/roll';
import { todayIso } from '../validation/dates';
import { openMigratedDatabase, runCli } from './open-database';

/**
 * `npm run summaries:roll`: moves the patient summaries' windows to today (the
 * clinic's date, from TZ). The job queue does this hourly; this is for cron
 * when no worker runs, or after restoring a backup. Idempotent.
 */
runCli(async () => {
  const handle = await openMigratedDatabase();
  try {
    const started = performance.now();
    const rolled = await rollPatientSummaries(handle.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      rolled > 0
        ? `Patient summaries rolled to ${todayIso()}: ${rolled} rewritten in ${seconds} s.`
        : `Patient summaries already end at ${todayIso()}; nothing to do.`,
    );
  } finally {
    await handle.close();
  }
});
