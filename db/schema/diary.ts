import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DiaryFields } from '../../lib/diary/types';
import { patternEnum, reliefEnum, sideEnum, symptomEnum } from './enums';
import { patients } from './patients';
import { users } from './users';

export const diaryEntries = pgTable(
  'diary_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    nightOf: date('night_of', { mode: 'string' }).notNull(),
    wokeFromPain: boolean('woke_from_pain').notNull().default(false),
    episodes: smallint('episodes').notNull().default(0),
    worstPain: smallint('worst_pain').notNull(),
    longestEpisodeMinutes: smallint('longest_episode_minutes').notNull().default(0),
    totalMinutes: smallint('total_minutes').notNull().default(0),
    minutesAwake: smallint('minutes_awake').notNull().default(0),
    sleepQuality: smallint('sleep_quality'),
    side: sideEnum('side').notNull(),
    patterns: patternEnum('patterns').array().notNull().default([]),
    relief: reliefEnum('relief').array().notNull().default([]),
    symptoms: symptomEnum('symptoms').array().notNull().default([]),
    hydrationGlasses: smallint('hydration_glasses'),
    longStandingOrExercise: boolean('long_standing_or_exercise').notNull().default(false),
    stretchedBeforeBed: boolean('stretched_before_bed').notNull().default(false),
    newMedicine: boolean('new_medicine').notNull().default(false),
    recentSurgeryOrBedrest: boolean('recent_surgery_or_bedrest').notNull().default(false),
    notes: text('notes'),
    /** 1 on creation, +1 per edit; earlier versions live in diary_entry_versions. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('diary_entries_patient_night_key').on(t.patientId, t.nightOf),
    // Covers the clinician panel's per-patient figures over recent nights, so
    // they are read from the index alone (no heap visit per night).
    index('diary_entries_patient_recent_idx').on(t.patientId, t.nightOf, t.worstPain, t.episodes, t.wokeFromPain),
  ],
);

/** Superseded versions of an entry, written when an edit replaces them. */
export const diaryEntryVersions = pgTable(
  'diary_entry_versions',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => diaryEntries.id),
    version: integer('version').notNull(),
    fields: jsonb('fields').$type<DiaryFields>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.version] })],
);

/** Replayed responses for client-supplied Idempotency-Key headers. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: smallint('status').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

export type DiaryEntryRow = typeof diaryEntries.$inferSelect;
export type NewDiaryEntryRow = typeof diaryEntries.$inferInsert;
