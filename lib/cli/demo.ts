import { DEMO_PASSWORD, isProductionMode } from '../env';
import { DEMO_ACCOUNTS_TABLE, seedDemoIfEmpty } from '../demo/seed';
import { loadOrCreateAuthSecret } from './auth-secret';
import { openMigratedDatabase, runCli } from './open-database';
import { buildIfNeeded, serveProduction } from './server';

/** `npm run demo`: migrate, seed if empty, build if there is no build, then serve. */
runCli(async () => {
  if (isProductionMode()) {
    throw new Error('npm run demo seeds demo accounts and is refused with NODE_ENV=production.');
  }
  const port = process.env.PORT ?? '3000';
  const authSecret = loadOrCreateAuthSecret();

  const handle = await openMigratedDatabase();
  try {
    const started = Date.now();
    const seeded = await seedDemoIfEmpty(handle.db);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      seeded
        ? `Seeded the demo clinic: ${seeded.patients} patients, ${seeded.entries} nights, ${seeded.flags} flags (${seconds} s).`
        : 'The database already has accounts; not seeding.',
    );
  } finally {
    // The server opens the embedded database next; only one process may hold it.
    await handle.close();
  }

  buildIfNeeded();
  await serveProduction({
    port,
    env: { AUTH_SECRET: authSecret },
    onReady: () =>
      console.log(
        `\nCalfwatch is running at http://localhost:${port}\n` +
          `Demo accounts (password "${DEMO_PASSWORD}"):\n${DEMO_ACCOUNTS_TABLE}\nPress Ctrl+C to stop.\n`,
      ),
  });
});
