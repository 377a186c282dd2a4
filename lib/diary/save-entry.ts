import { eq, sql } from 'drizzle-orm';
import { diaryEntries, patients, type DiaryEntryRow, type Patient } from '@/db/schema';
import { rowsOf } from '@/db/rows';
import type { Database } from '@/db/types';
import { applyFirings, withdrawEvidence, type AppliedFlag, type LiveFlagBrief } from '../flags/apply-firings';
import { LIVE_FLAG_STATUSES } from '../rules/flag-statuses';
import { addDays, evaluateNight } from '../rules';
import { fieldsToColumns, rowToEntry, rowToProfile } from './mapping';
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
  /** The patient row, when the caller has already locked it (`for update`) in this transaction. */
  locked?: Patient;
  /** Called when the night was already recorded, after the write; throwing rolls the save back. */
  onReplace?: () => void;
}

/**
 * As saveDiaryEntry, inside a transaction the caller holds (seeding batches a
 * patient's nights). Round trips: the lock (unless the caller holds it), one
 * statement that writes the night (keeping the superseded version) and reads
 * the rules' 14-night window and the patient's live flags, then the flag
 * writes in batches (none when no rule fires).
 */
export async function saveDiaryEntryInTransaction(tx: Database, input: SaveEntryInput): Promise<SaveEntryResult> {
  const now = input.now ?? new Date();
  const { patientId, fields } = input;
  const patient = input.locked ?? (await lockPatient(tx, patientId));

  const written = await writeEntry(tx, patientId, fields, now);
  if (written.replaced) input.onReplace?.();
  const entry = rowToEntry(written.row);
  const firings = evaluateNight({ profile: rowToProfile(patient), entry, entries: written.window.map(rowToEntry) });
  const applied = await applyFirings(tx, firings, { patientId, now, live: written.live });
  if (written.replaced) {
    const fired = new Set<string>(firings.map((firing) => firing.ruleId));
    const withdrawn = written.live.filter((flag) => flag.citesEntry && !flag.withdrawn && !fired.has(flag.ruleId));
    await withdrawEvidence(tx, withdrawn, now);
  }
  return { entry, created: !written.replaced, flags: applied };
}

/** Locks the patient row for this transaction and returns it. */
export async function lockPatient(tx: Database, patientId: string): Promise<Patient> {
  const [patient] = await tx.select().from(patients).where(eq(patients.id, patientId)).for('update');
  if (!patient) throw new Error(`patient ${patientId} does not exist`);
  return patient;
}

interface WrittenEntry {
  row: DiaryEntryRow;
  replaced: boolean;
  /** The patient's nights from 13 before this one up to it, this one as just written. */
  window: DiaryEntryRow[];
  live: LiveFlagBrief[];
}

/** The diary fields of a stored version, built from the superseded row (the shape of DiaryFields). */
const VERSION_FIELDS = sql.raw(`jsonb_build_object(
  'night_of', night_of, 'woke_from_pain', woke_from_pain, 'episodes', episodes, 'worst_pain', worst_pain,
  'longest_episode_minutes', longest_episode_minutes, 'total_minutes', total_minutes,
  'minutes_awake', minutes_awake, 'sleep_quality', sleep_quality, 'side', side, 'patterns', patterns,
  'relief', relief, 'symptoms', symptoms, 'hydration_glasses', hydration_glasses,
  'long_standing_or_exercise', long_standing_or_exercise, 'stretched_before_bed', stretched_before_bed,
  'new_medicine', new_medicine, 'recent_surgery_or_bedrest', recent_surgery_or_bedrest, 'notes', notes)`);

/**
 * One statement: keeps the night's current row as a version (when there is
 * one), upserts the night, and reads back the saved row, the window (the
 * other nights come from the statement's snapshot, which this write does not
 * change) and the live flags with whether each cites this night.
 */
async function writeEntry(tx: Database, patientId: string, fields: DiaryFields, now: Date): Promise<WrittenEntry> {
  const columns = fieldsToColumns(fields);
  const upsert = tx
    .insert(diaryEntries)
    .values({ patientId, nightOf: fields.night_of, ...columns, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [diaryEntries.patientId, diaryEntries.nightOf],
      set: { ...columns, version: sql`${diaryEntries.version} + 1`, updatedAt: now },
    })
    .returning();
  const live = sql.join(
    LIVE_FLAG_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    with old as (
      select * from diary_entries where patient_id = ${patientId} and night_of = ${fields.night_of}
    ), version as (
      insert into diary_entry_versions (entry_id, version, fields, recorded_at, superseded_at)
      select id, version, ${VERSION_FIELDS}, updated_at, ${now.toISOString()}::timestamptz from old
    ), up as (${upsert.getSQL()})
    select
      (select row_to_json(up) from up) as saved,
      exists (select 1 from old) as replaced,
      (select coalesce(json_agg(w), '[]') from (
        select * from diary_entries
        where patient_id = ${patientId} and night_of >= ${addDays(fields.night_of, -13)} and night_of < ${fields.night_of}
      ) w) as window,
      (select coalesce(json_agg(json_build_array(
          f.id, f.rule_id, f.tier, f.evidence_withdrawn_at is not null,
          exists (select 1 from flag_evidence fe join old on old.id = fe.entry_id where fe.flag_id = f.id)
        )), '[]')
        from flags f where f.patient_id = ${patientId} and f.status in (${live})) as live`);
  const [row] = rowsOf<{ saved: EntryJson; replaced: boolean; window: EntryJson[]; live: LiveJson[] }>(result);
  if (!row?.saved) throw new Error('diary upsert returned no row');
  const saved = jsonToEntryRow(row.saved);
  return {
    row: saved,
    replaced: row.replaced,
    window: [...row.window.map(jsonToEntryRow), saved],
    live: row.live.map(([id, ruleId, tier, withdrawn, citesEntry]) => ({ id, ruleId, tier, withdrawn, citesEntry })),
  };
}

type LiveJson = [string, string, LiveFlagBrief['tier'], boolean, boolean];
type EntryJson = Record<string, unknown>;

/** A diary row as row_to_json writes it (snake_case, timestamps as text) in Drizzle's row shape. */
function jsonToEntryRow(json: EntryJson): DiaryEntryRow {
  return {
    id: json.id as string,
    patientId: json.patient_id as string,
    nightOf: json.night_of as string,
    wokeFromPain: json.woke_from_pain as boolean,
    episodes: json.episodes as number,
    worstPain: json.worst_pain as number,
    longestEpisodeMinutes: json.longest_episode_minutes as number,
    totalMinutes: json.total_minutes as number,
    minutesAwake: json.minutes_awake as number,
    sleepQuality: json.sleep_quality as number | null,
    side: json.side as DiaryEntryRow['side'],
    patterns: json.patterns as DiaryEntryRow['patterns'],
    relief: json.relief as DiaryEntryRow['relief'],
    symptoms: json.symptoms as DiaryEntryRow['symptoms'],
    hydrationGlasses: json.hydration_glasses as number | null,
    longStandingOrExercise: json.long_standing_or_exercise as boolean,
    stretchedBeforeBed: json.stretched_before_bed as boolean,
    newMedicine: json.new_medicine as boolean,
    recentSurgeryOrBedrest: json.recent_surgery_or_bedrest as boolean,
    notes: json.notes as string | null,
    version: json.version as number,
    createdAt: new Date(json.created_at as string),
    updatedAt: new Date(json.updated_at as string),
  };
}
