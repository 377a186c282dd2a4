import { performance } from 'node:perf_hooks';
import { verifyAuditChain } from '@/db/audit-chain';
import { connectDatabase } from '@/db/connect';
import { runCli } from './open-database';

/**
 * `npm run audit:verify`: walks the audit log's hash chain on the configured
 * database (DATABASE_URL, else the embedded one in PGLITE_DIR or .data/pglite)
 * and exits 1 at the first broken link, naming the row. Reads only; it does not
 * migrate. See docs/audit-log.md.
 */
runCli(async () => {
  const handle = await connectDatabase({ url: process.env.DATABASE_URL || undefined, max: 1 });
  try {
    const started = performance.now();
    const report = await verifyAuditChain(handle.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (report.broken) {
      const row = report.broken.id === null ? '' : ` First broken row: id ${report.broken.id}.`;
      throw new Error(
        `the audit log is broken after ${report.rows.toLocaleString('en')} intact rows (${seconds} s). ` +
          `${report.broken.message}${row}`,
      );
    }
    console.log(`Audit log intact: ${report.rows.toLocaleString('en')} rows checked in ${seconds} s.`);
    console.log(`Last link: position ${report.last.position}, hash ${report.last.hash}`);
  } finally {
    await handle.close();
  }
});
