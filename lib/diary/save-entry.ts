import { and, eq, gte, lte } from 'drizzle-orm';
import { diaryEntries, diaryEntryVersions, patients } from '@/db/schema';
import type { Database } from '@/db/types';
import { applyFirings, markWithdrawnEvidence, type AppliedFlag } from '../flags/apply-firings';
import { addDays, evaluateNight } from '../rules';
import { entryFields, fieldsToColumns, rowToEntry, rowToProfile } from './mapping';
import type { DiaryEntry, DiaryFields } from './types';

export interface SaveEntryResult {
  entry: DiaryEntry;
  created: boolean;
  /** Live flags this submission's firings touched (raised, escalated, evidence added or re-confirmed). */
  flags: AppliedFlag[];
}

/**
 * Creates or replaces one night's entry and runs the warning-sign rules in the
 * same transaction. The patient row is locked first so concurrent submissions
 * for one patient are evaluated one after the other. No authorization here:
 * callers are the data layer (which checks ownership) and the seed scripts.
 */
export async function saveDiaryEntry(db: Database, input: SaveEntryInput): Promise<SaveEntryResult> {
  return db.transaction((tx) => saveDiaryEntryInTransaction(tx, input));
}

export interface SaveEntryInput {
  patientId: string;
  fields: DiaryFields;
  now?: Date;
}

/** As saveDiaryEntry, inside a transaction the caller holds (seeding batches a patient's nights). */
export async function saveDiaryEntryInTransaction(tx: Database, input: SaveEntryInput): Promise<SaveEntryResult> {
  const now = input.now ?? new Date();
  const { patientId, fields } = input;
  const [patient] = await tx.select().from(patients).where(eq(patients.id, patientId)).for('update');
  if (!patient) throw new Error(`patient ${patientId} does not exist`);

  const [existing] = await tx
    .select()
    .from(diaryEntries)
    .where(and(eq(diaryEntries.patientId, patientId), eq(diaryEntries.nightOf, fields.night_of)));
  const row = existing ? await replaceEntry(tx, existing, fields, now) : await insertEntry(tx, patientId, fields, now);
  const entry = rowToEntry(row);

  const windowRows = await tx
    .select()
    .from(diaryEntries)
    .where(
      and(
        eq(diaryEntries.patientId, patientId),
        gte(diaryEntries.nightOf, addDays(fields.night_of, -13)),
        lte(diaryEntries.nightOf, fields.night_of),
      ),
    );
  const firings = evaluateNight({ profile: rowToProfile(patient), entry, entries: windowRows.map(rowToEntry) });
  const applied = await applyFirings(tx, firings, { patientId, now });
  if (existing) {
    await markWithdrawnEvidence(tx, { patientId, entryId: entry.id, firedRuleIds: firings.map((f) => f.ruleId), now });
  }
  return { entry, created: !existing, flags: applied };
}

async function insertEntry(tx: Database, patientId: string, fields: DiaryFields, now: Date) {
  const [row] = await tx
    .insert(diaryEntries)
    .values({ patientId, nightOf: fields.night_of, ...fieldsToColumns(fields), createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('diary insert returned no row');
  return row;
}

async function replaceEntry(tx: Database, existing: typeof diaryEntries.$inferSelect, fields: DiaryFields, now: Date) {
  await tx.insert(diaryEntryVersions).values({
    entryId: existing.id,
    version: existing.version,
    fields: entryFields(rowToEntry(existing)),
    recordedAt: existing.updatedAt,
    supersededAt: now,
  });
  const [row] = await tx
    .update(diaryEntries)
    .set({ ...fieldsToColumns(fields), version: existing.version + 1, updatedAt: now })
    .where(eq(diaryEntries.id, existing.id))
    .returning();
  if (!row) throw new Error('diary update returned no row');
  return row;
}
