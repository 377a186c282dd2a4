import { fillDatabase } from '../bench/fill-database';
import { GENERATE_USAGE, parseGenerateArgs, UsageError } from '../bench/args';
import { figure, megabytes } from '../bench/measure';
import { isProductionMode } from '../env';
import { addDays } from '../rules';
import { todayIso } from '../validation/dates';
import { openMigratedDatabase, runCli } from './open-database';

/** `npm run db:generate -- --patients N --nights M`: the scale generator (README.md, "Scale data and benchmarks"). */
runCli(async () => {
  let options;
  try {
    options = parseGenerateArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) throw new Error(`${error.message}\n\n${GENERATE_USAGE}`);
    throw error;
  }
  if (options.help) {
    console.log(GENERATE_USAGE);
    return;
  }
  if (isProductionMode() && !options.force) {
    throw new Error('Refusing to generate test data with NODE_ENV=production. Pass --force if you really mean it.');
  }
  const endNight = options.endNight ?? addDays(todayIso(), -1);
  const handle = await openMigratedDatabase();
  const started = performance.now();
  try {
    console.log(
      `Generating ${figure(options.patients)} patients × ${figure(options.nights)} nights (to ${endNight}) ` +
        `for ${options.clinicians} clinicians into ${describeTarget()}…`,
    );
    let lastShown = 0;
    const summary = await fillDatabase(handle.db, {
      ...options,
      endNight,
      // A server takes several statements at once (the pool has 10 connections); the embedded database one.
      concurrency: handle.kind === 'postgres' ? 6 : 1,
      copyUrl: handle.kind === 'postgres' ? handle.url : undefined,
      onProgress: ({ phase, done, total }) => {
        const now = performance.now();
        if (done < total && now - lastShown < 5000) return;
        lastShown = now;
        const label = phase === 'entries' ? 'patients written' : 'patients evaluated for flags';
        console.log(`  ${figure(done)} / ${figure(total)} ${label} (${seconds(started)})`);
      },
    });
    console.log(
      `Done: ${figure(summary.patients)} patients and ${figure(summary.entries)} nights in ${seconds(started)}; ` +
        `peak memory ${megabytes(process.resourceUsage().maxRSS * 1024)}.`,
    );
    console.log(
      `Sign in as ${summary.clinicians.map((c) => c.email).join(', ')} (password "calfwatch-demo", not valid in production mode).`,
    );
  } finally {
    await handle.close();
  }
});

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

function describeTarget(): string {
  const url = process.env.DATABASE_URL;
  if (!url) return `the embedded database (${process.env.PGLITE_DIR ?? '.data/pglite'})`;
  const parsed = new URL(url);
  return `PostgreSQL at ${parsed.host}${parsed.pathname}`;
}
