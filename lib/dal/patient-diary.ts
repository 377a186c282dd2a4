import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { diaryEntries, diaryEntryVersions, type DiaryEntryRow } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import type { Database } from '@/db/types';
import { NotFoundError } from '../errors';
import { isUuid } from '../validation/ids';
import type { ClinicianEntry, EntryVersion } from '../views/types';
import { rowToEntry } from '../diary/mapping';
import { assertCan, type Actor } from './actor';
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

/**
 * `listPatientEntries` answered as the response body itself, `{"entries":[…]}`,
 * byte for byte what `JSON.stringify({ entries })` of its result gives, in one
 * statement: the care-team gate, the rows serialised by the database
 * (row_to_json in the contract's key order, timestamps as `toISOString()`
 * writes them) and the audit row. The year read then costs one round trip and
 * no per-row mapping in Node. 404 (NotFoundError) outside the care team, as there.
 */
export async function readPatientEntriesJson(
  db: Database,
  actor: Actor,
  patientId: string,
  range: NightRange = {},
): Promise<string> {
  assertCan(actor, 'patients:read');
  if (!isUuid(patientId)) throw new NotFoundError('Patient not found');
  const audit = {
    actor: actor.userId,
    email: actor.email,
    ip: actor.ip,
    from: range.from ?? null,
    to: range.to ?? null,
  };
  const result = await db.execute(sql`
    with gate as (
      select p.id from patients p
      join users u on u.id = p.user_id
      join care_team t on t.patient_id = p.id and t.clinician_user_id = ${actor.userId}
      where p.id = ${patientId}
      limit 1
    ), rows as (
      select e.id, e.night_of, e.woke_from_pain, e.episodes, e.worst_pain, e.longest_episode_minutes,
        e.total_minutes, e.minutes_awake, e.sleep_quality, e.side, e.patterns, e.relief, e.symptoms,
        e.hydration_glasses, e.long_standing_or_exercise, e.stretched_before_bed, e.new_medicine,
        e.recent_surgery_or_bedrest, e.notes, e.version, e.version > 1 as edited,
        ${isoText(sql`e.created_at`)} as recorded_at, ${isoText(sql`e.updated_at`)} as updated_at
      from diary_entries e
      where e.patient_id = (select id from gate)
        ${range.from ? sql`and e.night_of >= ${range.from}` : sql``}
        ${range.to ? sql`and e.night_of <= ${range.to}` : sql``}
    ), audit as (
      insert into audit_events (actor_user_id, actor_email, ip, action, patient_id, detail)
      select ${audit.actor}::uuid, ${audit.email}, ${audit.ip}, 'patient.entries.read', gate.id,
        jsonb_build_object('from', ${audit.from}::text, 'to', ${audit.to}::text, 'returned', (select count(*) from rows))
      from gate
    )
    select exists (select 1 from gate) as allowed,
      '{"entries":[' || coalesce((select string_agg(row_to_json(r)::text, ',' order by r.night_of desc) from rows r), '')
        || ']}' as body`);
  const [row] = rowsOf<{ allowed: boolean; body: string }>(result);
  if (!row?.allowed) throw new NotFoundError('Patient not found');
  return row.body;
}

/** A timestamptz as Date#toISOString writes it: UTC, milliseconds (truncated, as a Date holds them), `Z`. */
function isoText(column: SQL): SQL {
  return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
