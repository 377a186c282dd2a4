import { and, eq, inArray } from 'drizzle-orm';
import { diaryEntries, patients } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Actor } from '../dal/actor';
import { openPanelExport } from '../dal/exports';
import { saveDiaryEntry } from '../diary/save-entry';
import { entryFields, rowToEntry } from '../diary/mapping';
import type { DiaryFields } from '../diary/types';
import { panelCsvStream } from '../export/panel-csv';
import { addDays } from '../rules';
import type { FillSummary } from './fill-database';
import { percentile, sampleMemory, since } from './measure';

/**
 * saveDiaryEntry latency, the full submission path (lock, write, rules, flags)
 * in its own transaction: half new nights after the last one, half edits of a
 * recent night, spread over the patients.
 */
export async function benchSaveEntry(db: Database, options: { samples: number; endNight: string }) {
  const ids = (await db.select({ id: patients.id }).from(patients).limit(options.samples)).map((row) => row.id);
  if (ids.length === 0) throw new Error('no patients to save entries for');
  const recent = await db
    .select()
    .from(diaryEntries)
    .where(and(inArray(diaryEntries.patientId, ids), eq(diaryEntries.nightOf, addDays(options.endNight, -2))));
  const editable = new Map(recent.map((row) => [row.patientId, rowToEntry(row)]));
  const times: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    const patientId = ids[i % ids.length] as string;
    const existing = editable.get(patientId);
    const round = Math.floor(i / ids.length);
    const base = entryFields(existing ?? (await anyEntry(db, patientId)));
    const fields: DiaryFields =
      i % 2 === 1 && existing
        ? { ...base, worst_pain: (base.worst_pain + 3) % 11, notes: 'Edited in the benchmark.' }
        : { ...base, night_of: addDays(options.endNight, 1 + round), worst_pain: 6, episodes: 2, woke_from_pain: true };
    const start = performance.now();
    await saveDiaryEntry(db, { patientId, fields });
    times.push(since(start));
  }
  return { samples: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

async function anyEntry(db: Database, patientId: string) {
  const [row] = await db.select().from(diaryEntries).where(eq(diaryEntries.patientId, patientId)).limit(1);
  if (!row) throw new Error(`patient ${patientId} has no entries`);
  return rowToEntry(row);
}

/**
 * The whole-panel CSV for the first generated clinician, read to the end as
 * a client would: rows per second, bytes, and the process's peak memory
 * while it streams (against the baseline just before).
 */
export async function benchPanelExport(db: Database, summary: FillSummary) {
  const clinician = summary.clinicians[0];
  if (!clinician) throw new Error('no generated clinician');
  const actor: Actor = { ...clinician, role: 'clinician', patientId: null, ip: null };
  const baseline = process.memoryUsage();
  const sampler = sampleMemory();
  const start = performance.now();
  let rows = 0;
  const pages = await openPanelExport(db, actor, { range: {} });
  async function* counted() {
    for await (const page of pages) {
      rows += page.length;
      yield page;
    }
  }
  const reader = panelCsvStream(counted()).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  const ms = since(start);
  const peak = sampler.stop();
  return { clinician: clinician.email, rows, bytes, ms, rowsPerSecond: (rows / ms) * 1000, baseline, peak };
}
