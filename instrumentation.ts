/** Runs once when the server starts (not during `next build`): fail fast on bad config, migrate, start the job queue. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { assertRuntimeConfig } = await import('./lib/env');
  assertRuntimeConfig();
  // An unknown role name in MFA_REQUIRED_ROLES stops the start with a message naming it.
  const { secondFactorRequiredRoles } = await import('./lib/auth/second-factor-policy');
  secondFactorRequiredRoles();
  const { getDatabaseHandle } = await import('./db/client');
  const handle = await getDatabaseHandle();
  // Writes enqueue their jobs through this queue; its workers run here unless CALFWATCH_WORKERS=off.
  const { startJobRuntime, serverRunsWorkers } = await import('./lib/jobs/runtime');
  const globalForJobs = globalThis as unknown as { calfwatchJobs?: Promise<unknown> };
  globalForJobs.calfwatchJobs ??= startJobRuntime(handle, { workers: serverRunsWorkers() });
  await globalForJobs.calfwatchJobs;
}
