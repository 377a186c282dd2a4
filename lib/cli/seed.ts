import { seedDemoIfEmpty } from '../demo/seed';
import { isProductionMode } from '../env';
import { openMigratedDatabase, runCli } from './open-database';

/** `npm run db:seed [-- --force]`: seeds the demo clinic into an empty database. */
runCli(async () => {
  const force = process.argv.includes('--force');
  if (isProductionMode() && !force) {
    throw new Error('Refusing to seed demo accounts with NODE_ENV=production. Pass --force if you really mean it.');
  }
  const handle = await openMigratedDatabase();
  try {
    const started = Date.now();
    const summary = await seedDemoIfEmpty(handle.db);
    if (!summary) {
      console.log('The database already has accounts; nothing seeded.');
      return;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${summary.patients} patients, ${summary.entries} nights and ${summary.flags} flags in ${seconds} s.`,
    );
  } finally {
    await handle.close();
  }
});
