import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EXPERIMENT_FACTORS, EXPERIMENT_STATUSES, type ExperimentResult } from '../../lib/insights/experiment';
import { patients } from './patients';
import { users } from './users';

export const experimentFactorEnum = pgEnum('experiment_factor', EXPERIMENT_FACTORS);
export const experimentStatusEnum = pgEnum('experiment_status', EXPERIMENT_STATUSES);

/**
 * A guided two-week experiment (docs/insights.md): one habit for 14 nights,
 * compared with the 14 nights before. The result is stored when it finishes,
 * with the nights it used, so later edits to the diary do not change it.
 * At most one running experiment per patient (a partial unique index).
 */
export const experiments = pgTable(
  'experiments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    factor: experimentFactorEnum('factor').notNull(),
    startNight: date('start_night', { mode: 'string' }).notNull(),
    endNight: date('end_night', { mode: 'string' }).notNull(),
    status: experimentStatusEnum('status').notNull().default('running'),
    /** The patient, or the clinician who started it for them. */
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it finished or was abandoned. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    abandonedAt: timestamp('abandoned_at', { withTimezone: true }),
    /** The comparison of the 14 nights with the 14 before, and the nights used; set when it finishes. */
    result: jsonb('result').$type<ExperimentResult>(),
  },
  (t) => [
    uniqueIndex('experiments_one_running_per_patient')
      .on(t.patientId)
      .where(sql`${t.status} = 'running'`),
    index('experiments_patient_idx').on(t.patientId, t.startNight.desc()),
    check('experiments_fourteen_nights', sql`${t.endNight} = ${t.startNight} + 13`),
    check('experiments_finished_has_result', sql`${t.status} <> 'finished' or (${t.result} is not null and ${t.endedAt} is not null)`),
    check('experiments_abandoned_recorded', sql`${t.status} <> 'abandoned' or (${t.abandonedAt} is not null and ${t.endedAt} is not null)`),
  ],
);

export type ExperimentRow = typeof experiments.$inferSelect;
