import { and, asc, eq, gte } from 'drizzle-orm';
import { diaryEntries, patients } from '@/db/schema';
import type { Database } from '@/db/types';
import { rowToEntry, rowToProfile } from '../diary/mapping';
import { addDays, evaluateNight } from '../rules';
import { applyFirings, type AppliedFlag } from './apply-firings';

/**
 * Re-runs the rules for a patient's nights from `fromNight` on (all nights when
 * omitted), as after a profile or catalog change. Never resurrects resolved
 * evidence and changes nothing when nothing is new, so running it twice is a
 * no-op the second time. Call inside a transaction; locks the patient row.
 */
export async function reevaluatePatient(
  tx: Database,
  options: { patientId: string; fromNight?: string; now?: Date },
): Promise<AppliedFlag[]> {
  const now = options.now ?? new Date();
  const [patient] = await tx.select().from(patients).where(eq(patients.id, options.patientId)).for('update');
  if (!patient) throw new Error(`patient ${options.patientId} does not exist`);
  const windowStart = options.fromNight ? addDays(options.fromNight, -13) : undefined;
  const rows = await tx
    .select()
    .from(diaryEntries)
    .where(
      and(
        eq(diaryEntries.patientId, options.patientId),
        windowStart ? gte(diaryEntries.nightOf, windowStart) : undefined,
      ),
    )
    .orderBy(asc(diaryEntries.nightOf));
  const entries = rows.map(rowToEntry);
  const profile = rowToProfile(patient);
  const applied: AppliedFlag[] = [];
  for (const entry of entries) {
    if (options.fromNight && entry.night_of < options.fromNight) continue;
    const firings = evaluateNight({ profile, entry, entries });
    applied.push(...(await applyFirings(tx, firings, { patientId: options.patientId, now, reevaluation: true })));
  }
  return applied;
}
