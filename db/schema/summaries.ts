import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One row per patient with the figures the clinician's patient table shows, so
 * the table reads one row per patient instead of aggregating their nights.
 * Written only by database functions (migration 0008): statement triggers on
 * diary_entries and flags refresh a patient's row in the writing transaction,
 * and `roll_patient_summaries(date)` moves every row's windows to a new day.
 * See docs/patient-summaries.md.
 */
export const patientSummaries = pgTable(
  'patient_summaries',
  {
    // No foreign key on purpose: the row is derived, and a key check takes a share lock on the patient's row
    // that could deadlock the daily roll with a save holding that row FOR UPDATE (docs/patient-summaries.md).
    patientId: uuid('patient_id').primaryKey(),
    /** The "today" the moving windows were computed for (nights before it count). */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    lastEntry: date('last_entry', { mode: 'string' }),
    pain7: integer('pain_7').notNull(),
    pain30: integer('pain_30').notNull(),
    entries14: integer('entries_14').notNull(),
    /** Mean worst pain over the last 7 nights, rounded to one decimal. */
    mean7: doublePrecision('mean_7'),
    /** This week's mean worst pain minus last week's, when both weeks have enough entries. */
    trendDelta: doublePrecision('trend_delta'),
    /** 0 none, 1 routine … 4 emergency: the highest open or acknowledged flag. */
    flagRank: smallint('flag_rank').notNull(),
    liveFlags: integer('live_flags').notNull(),
    /**
     * The patient's name in lower case: the table's tie-break, kept here (migration 0012) so sorting and
     * paging read this table and the care team only, joining names for the page's rows alone.
     */
    sortName: text('sort_name').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The worklist's "not reporting" list starts from the few patients whose last entry is old (or missing).
  (t) => [index('patient_summaries_last_entry_idx').on(t.lastEntry)],
);

/** The single day the summaries' windows currently end at; the roll moves it. */
export const patientSummaryClock = pgTable(
  'patient_summary_clock',
  {
    id: boolean('id').primaryKey().default(true),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    rolledAt: timestamp('rolled_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('patient_summary_clock_single_row', sql`${t.id}`)],
);
