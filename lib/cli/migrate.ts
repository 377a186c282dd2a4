import { openMigratedDatabase, runCli } from './open-database';

runCli(async () => {
  const handle = await openMigratedDatabase();
  await handle.close();
  console.log(`Migrations applied (${handle.kind === 'pglite' ? 'embedded database' : 'PostgreSQL server'}).`);
});
