import { sql } from 'drizzle-orm';
import { diaryEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import type { DiaryFields } from '../diary/types';
import { pgArrayLiteral } from './pg-array';

export interface BulkEntry {
  patientId: string;
  fields: DiaryFields;
  /** When it was written (created and last updated). */
  at: Date;
}

type Cell = string | number | boolean | null;

/** Column name, SQL type, and how to read it from an entry: one unnest() argument each (and one COPY column). */
export const ENTRY_COLUMNS: ReadonlyArray<readonly [string, string, (entry: BulkEntry) => Cell]> = [
  ['patient_id', 'uuid', (e) => e.patientId],
  ['night_of', 'date', (e) => e.fields.night_of],
  ['woke_from_pain', 'boolean', (e) => e.fields.woke_from_pain],
  ['episodes', 'smallint', (e) => e.fields.episodes],
  ['worst_pain', 'smallint', (e) => e.fields.worst_pain],
  ['longest_episode_minutes', 'smallint', (e) => e.fields.longest_episode_minutes],
  ['total_minutes', 'smallint', (e) => e.fields.total_minutes],
  ['minutes_awake', 'smallint', (e) => e.fields.minutes_awake],
  ['sleep_quality', 'smallint', (e) => e.fields.sleep_quality],
  ['side', 'side', (e) => e.fields.side],
  // Arrays cannot nest in unnest(): each travels as its own literal and is cast back.
  ['patterns', 'pattern[]', (e) => pgArrayLiteral(e.fields.patterns)],
  ['relief', 'relief[]', (e) => pgArrayLiteral(e.fields.relief)],
  ['symptoms', 'symptom[]', (e) => pgArrayLiteral(e.fields.symptoms)],
  ['hydration_glasses', 'smallint', (e) => e.fields.hydration_glasses],
  ['long_standing_or_exercise', 'boolean', (e) => e.fields.long_standing_or_exercise],
  ['stretched_before_bed', 'boolean', (e) => e.fields.stretched_before_bed],
  ['new_medicine', 'boolean', (e) => e.fields.new_medicine],
  ['recent_surgery_or_bedrest', 'boolean', (e) => e.fields.recent_surgery_or_bedrest],
  ['notes', 'text', (e) => e.fields.notes],
  ['created_at', 'timestamptz', (e) => e.at.toISOString()],
  ['updated_at', 'timestamptz', (e) => e.at.toISOString()],
];

/**
 * Inserts many diary entries in one multi-row statement that sends one array
 * parameter per column and unnests it on the server: a few dozen bytes of SQL
 * whatever the row count, so building and parsing the statement stays cheap
 * (a VALUES list of 2,000 rows took longer to build than to run). Works on
 * PostgreSQL and PGlite alike. The fast path for the scale generator only: it
 * skips the rule engine and the version history.
 */
export async function insertDiaryEntries(db: Database, entries: readonly BulkEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const names = sql.raw(ENTRY_COLUMNS.map(([name]) => name).join(', '));
  const selected = sql.raw(
    ENTRY_COLUMNS.map(([name, type]) => (type.endsWith('[]') ? `c_${name}::${type}` : `c_${name}`)).join(', '),
  );
  const aliases = sql.raw(ENTRY_COLUMNS.map(([name]) => `c_${name}`).join(', '));
  const arrays = sql.join(
    ENTRY_COLUMNS.map(([, type, read]) => {
      // Array columns travel as text literals; the rest as arrays of their own type.
      const carrier = type.endsWith('[]') ? 'text' : type;
      return sql`${pgArrayLiteral(entries.map(read))}::${sql.raw(carrier)}[]`;
    }),
    sql`, `,
  );
  await db.execute(
    sql`insert into ${diaryEntries} (${names}) select ${selected} from unnest(${arrays}) as t(${aliases})`,
  );
}
