/** Runs once when the server starts (not during `next build`): fail fast on bad config, then migrate. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { assertRuntimeConfig } = await import('./lib/env');
  assertRuntimeConfig();
  const { getDatabaseHandle } = await import('./db/client');
  await getDatabaseHandle();
}
