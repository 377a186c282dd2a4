import { connectDatabase } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import type { DatabaseHandle } from '@/db/types';

/** For command-line tools: the configured database (DATABASE_URL or the embedded one), migrated. */
export async function openMigratedDatabase(): Promise<DatabaseHandle> {
  const handle = await connectDatabase({ url: process.env.DATABASE_URL || undefined, max: 4 });
  await migrateDatabase(handle, undefined, process.env.MIGRATION_DATABASE_URL);
  return handle;
}

/** Runs a CLI main function, printing a clean message (no stack) on failure. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
