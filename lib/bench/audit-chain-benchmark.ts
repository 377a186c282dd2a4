import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '@/db/audit-chain';
import type { Database } from '@/db/types';
import { sampleMemory, since } from './measure';

/** Audit rows inserted per statement while filling (each one through the chain trigger). */
const FILL_BATCH = 50_000;

export interface AuditChainFigures {
  rows: number;
  fillMs: number;
  /** One INSERT … SELECT of 5,000 rows: what a 5,000-patient panel export writes. */
  panelExportRowsMs: number;
  verifyMs: number;
  peak: { rss: number; heapUsed: number };
  baseline: { rss: number; heapUsed: number };
}

/**
 * Fills the audit log with `rows` realistic rows through the insert trigger
 * (so every row is chained as in production), then times `verifyAuditChain`
 * over all of them and samples the process's memory while it runs.
 */
export async function benchAuditChain(db: Database, rows: number): Promise<AuditChainFigures> {
  const fillStart = performance.now();
  for (let done = 0; done < rows; done += FILL_BATCH) {
    const size = Math.min(FILL_BATCH, rows - done);
    await db.execute(sql`
      insert into audit_events (actor_user_id, actor_email, action, patient_id, target_id, ip, detail)
      select gen_random_uuid(), 'clinician-' || (i % 50) || '@example.org',
        (array['patient.view', 'export.csv', 'flag.acknowledge', 'auth.sign_in', 'patients.list'])[1 + i % 5],
        gen_random_uuid(), (i * 7)::text, '10.0.' || (i % 250) || '.' || (i % 200),
        jsonb_build_object('from', '2026-01-01', 'to', '2026-03-31', 'entries', i % 90, 'note_characters', i % 400)
      from generate_series(${done + 1}::int, ${done + size}::int) as i`);
  }
  const fillMs = since(fillStart);
  await db.execute(sql`analyze audit_events`);

  const panelStart = performance.now();
  await db.execute(sql`
    insert into audit_events (actor_user_id, actor_email, action, patient_id, target_id, detail)
    select gen_random_uuid(), 'bench@example.org', 'export.panel_csv', gen_random_uuid(), '1', '{"export": "1"}'::jsonb
    from generate_series(1, 5000)`);
  const panelExportRowsMs = since(panelStart);

  const baseline = process.memoryUsage();
  const memory = sampleMemory();
  const verifyStart = performance.now();
  const report = await verifyAuditChain(db);
  const verifyMs = since(verifyStart);
  const peak = memory.stop();
  if (report.broken) throw new Error(`the benchmark's chain is broken: ${report.broken.message}`);
  return { rows: report.rows, fillMs, panelExportRowsMs, verifyMs, peak, baseline };
}
