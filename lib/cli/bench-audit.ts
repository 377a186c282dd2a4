import os from 'node:os';
import { parseArgs } from 'node:util';
import { benchAuditChain } from '../bench/audit-chain-benchmark';
import { figure, megabytes } from '../bench/measure';
import { openScratchDatabase } from '../bench/scratch-database';
import { runCli } from './open-database';

/**
 * `npm run bench:audit -- [--rows N] [--database-url URL] [--keep]`: fills a
 * scratch database's audit log with N chained rows (default 1,000,000) and
 * times `npm run audit:verify`'s check over them. Prints figures only.
 */
runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { rows: { type: 'string' }, 'database-url': { type: 'string' }, keep: { type: 'boolean' } },
    strict: true,
  });
  const rows = Number(values.rows ?? 1_000_000);
  if (!Number.isInteger(rows) || rows < 1 || rows > 50_000_000)
    throw new Error('--rows must be a whole number from 1.');
  const serverUrl = values['database-url'] ?? process.env.BENCH_DATABASE_URL;
  const handle = await openScratchDatabase({ serverUrl, keep: values.keep });
  try {
    console.log(`Audit chain benchmark: ${handle.label} (Node ${process.version}, ${os.cpus().length} CPUs)\n`);
    const result = await benchAuditChain(handle.db, rows);
    const growth = (from: number, to: number) => megabytes(Math.max(0, to - from));
    console.log(`Fill ${figure(result.rows)} rows through the chain trigger   ${(result.fillMs / 1000).toFixed(1)} s`);
    console.log(`One panel export's 5,000 audit rows                 ${figure(result.panelExportRowsMs)} ms`);
    console.log(`audit:verify over ${figure(result.rows)} rows              ${(result.verifyMs / 1000).toFixed(1)} s`);
    console.log(
      `  memory while verifying: peak RSS ${megabytes(result.peak.rss)} (+${growth(result.baseline.rss, result.peak.rss)}), ` +
        `peak JS heap ${megabytes(result.peak.heapUsed)} (+${growth(result.baseline.heapUsed, result.peak.heapUsed)})`,
    );
  } finally {
    await handle.close();
  }
});
