import { date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { conditionEnum, medicineEnum, sexEnum } from './enums';
import { users } from './users';

/** A patient's clinical profile; its id is the `patient_id` used across the API. */
export const patients = pgTable('patients', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .unique()
    .references(() => users.id),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  sex: sexEnum('sex'),
  conditions: conditionEnum('conditions').array().notNull().default([]),
  medicines: medicineEnum('medicines').array().notNull().default([]),
  pregnancyDueDate: date('pregnancy_due_date', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const careTeam = pgTable(
  'care_team',
  {
    clinicianUserId: uuid('clinician_user_id')
      .notNull()
      .references(() => users.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    assignedBy: uuid('assigned_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.clinicianUserId, t.patientId] }), index('care_team_patient_idx').on(t.patientId)],
);

export const clinicalNotes = pgTable(
  'clinical_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('clinical_notes_patient_idx').on(t.patientId, t.createdAt)],
);

export type Patient = typeof patients.$inferSelect;
export type ClinicalNote = typeof clinicalNotes.$inferSelect;
