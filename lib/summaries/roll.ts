import { sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { todayIso } from '../validation/dates';

/**
 * Moves every patient summary's moving windows (7, 14 and 30 nights) to end
 * the night before `today`, the clinic's date. Cheap when they already do (one
 * row read); otherwise one set-based rewrite, serialised with in-flight writes
 * by the database (migration 0008, docs/patient-summaries.md). Returns the
 * number of summaries rewritten (0 when nothing had to move).
 */
export async function rollPatientSummaries(db: Database, now = new Date()): Promise<number> {
  const result = await db.execute(sql`select roll_patient_summaries(${todayIso(now)}::date)::int as rolled`);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return Number((rows[0] as { rolled?: number } | undefined)?.rolled ?? 0);
}
