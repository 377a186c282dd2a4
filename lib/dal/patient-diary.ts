import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { diaryEntries, diaryEntryVersions, type DiaryEntryRow } from '@/db/schema';
import type { Database } from '@/db/types';
import type { ClinicianEntry, EntryVersion } from '../views/types';
import { rowToEntry } from '../diary/mapping';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { inNightRange } from './night-range-sql';
import { requireCareTeamPatient, type CareTeamAccess } from './care-team';
import type { NightRange } from './diary-entries';

function toClinicianEntry(row: DiaryEntryRow): ClinicianEntry {
  return {
    ...rowToEntry(row),
    version: row.version,
    edited: row.version > 1,
    recorded_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** A patient's entries in a range of nights, newest first, for a record the care-team gate let through. */
export async function loadEntries(
  db: Database,
  access: CareTeamAccess,
  range: NightRange = {},
): Promise<ClinicianEntry[]> {
  const rows = await db
    .select()
    .from(diaryEntries)
    .where(and(eq(diaryEntries.patientId, access.patientId), ...inNightRange(range)))
    .orderBy(desc(diaryEntries.nightOf));
  return rows.map(toClinicianEntry);
}

/**
 * Earlier versions of the given entries of the patient the access is for, one
 * query for all of them, oldest first per entry.
 */
export async function loadEntryVersions(
  db: Database,
  access: CareTeamAccess,
  entryIds: readonly string[],
): Promise<EntryVersion[]> {
  if (entryIds.length === 0) return [];
  const rows = await db
    .select({ version: diaryEntryVersions })
    .from(diaryEntryVersions)
    .innerJoin(diaryEntries, eq(diaryEntries.id, diaryEntryVersions.entryId))
    .where(and(inArray(diaryEntryVersions.entryId, [...entryIds]), eq(diaryEntries.patientId, access.patientId)))
    .orderBy(asc(diaryEntryVersions.entryId), asc(diaryEntryVersions.version));
  return rows.map(({ version: row }) => {
    const fields: Partial<EntryVersion['fields']> & { id?: string } = { ...row.fields };
    delete fields.id;
    return {
      entry_id: row.entryId,
      version: row.version,
      fields: fields as EntryVersion['fields'],
      recorded_at: row.recordedAt.toISOString(),
      superseded_at: row.supersededAt.toISOString(),
    };
  });
}

/**
 * A patient's diary for the API (`GET /api/v1/patients/{id}/diary-entries`):
 * care team only (404 otherwise), audited.
 */
export async function listPatientEntries(
  db: Database,
  actor: Actor,
  patientId: string,
  range: NightRange = {},
): Promise<ClinicianEntry[]> {
  const { access } = await requireCareTeamPatient(db, actor, patientId);
  const entries = await loadEntries(db, access, range);
  await recordAudit(db, actor, {
    action: 'patient.entries.read',
    patientId,
    detail: { from: range.from ?? null, to: range.to ?? null, returned: entries.length },
  });
  return entries;
}
