import { startJobRuntime } from '../jobs/runtime';
import { openMigratedDatabase, runCli } from './open-database';

/**
 * `npm run worker`: the notification workers and periodic sweeps on their own,
 * for deployments that start app servers with CALFWATCH_WORKERS=off. Any
 * number may run against one PostgreSQL database; each job is handled once.
 */
runCli(async () => {
  const handle = await openMigratedDatabase();
  const runtime = await startJobRuntime(handle, { workers: true });
  console.log(
    `Calfwatch workers running on the ${handle.kind === 'pglite' ? 'embedded database' : 'PostgreSQL server'} ` +
      `(mail: ${runtime.context.mailer.kind}, webhook: ${runtime.context.webhook ? 'on' : 'off'}, ` +
      `push: ${runtime.context.push ? 'on' : 'off'}). Ctrl+C stops them.`,
  );
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  console.log('Stopping: letting running jobs finish…');
  await runtime.stop();
  await handle.close();
});
