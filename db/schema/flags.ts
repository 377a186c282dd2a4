import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { bigserial, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { diaryEntries } from './diary';
import { LIVE_FLAG_STATUSES } from '../../lib/rules/flag-statuses';
import { flagEventTypeEnum, flagStatusEnum, flagTierEnum } from './enums';
import { patients } from './patients';
import { users } from './users';

/**
 * `status in ('open', 'acknowledged')`, from LIVE_FLAG_STATUSES, with the
 * values written into the SQL rather than bound: the partial indexes below
 * and the upsert that targets one of them must state the same predicate.
 */
export function isLiveFlagSql(status: SQLWrapper): SQL {
  return sql`${status} in (${sql.raw(LIVE_FLAG_STATUSES.map((s) => `'${s}'`).join(', '))})`;
}

/** Flags are never deleted: they move open → acknowledged → resolved. */
export const flags = pgTable(
  'flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    ruleId: text('rule_id').notNull(),
    tier: flagTierEnum('tier').notNull(),
    status: flagStatusEnum('status').notNull().default('open'),
    reason: text('reason').notNull(),
    /** What raised the tier above the rule's base tier (e.g. `artery_disease`). */
    modifiers: text('modifiers').array().notNull().default([]),
    rulesVersion: text('rules_version').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the patient edited away every entry that made the rule fire. */
    evidenceWithdrawnAt: timestamp('evidence_withdrawn_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolutionNote: text('resolution_note'),
    /** When the escalation contacts were told this flag went unacknowledged past its overdue mark (once per tier). */
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
  },
  (t) => [
    // At most one live flag per patient and rule; submissions upsert against it.
    uniqueIndex('flags_live_rule_key')
      .on(t.patientId, t.ruleId)
      .where(isLiveFlagSql(t.status)),
    index('flags_patient_idx').on(t.patientId, t.status),
    index('flags_worklist_idx').on(t.status, t.tier, t.firstSeenAt),
    // The clinician panel's highest live tier per patient, read from this small index alone.
    index('flags_live_patient_tier_idx')
      .on(t.patientId, t.tier)
      .where(isLiveFlagSql(t.status)),
    // The worklist's order (tier, then oldest): a page is read in order and stops at its limit.
    index('flags_live_worklist_idx')
      .on(t.tier.desc().nullsFirst(), t.firstSeenAt, t.id)
      .where(isLiveFlagSql(t.status)),
  ],
);

export const flagEvidence = pgTable(
  'flag_evidence',
  {
    flagId: uuid('flag_id')
      .notNull()
      .references(() => flags.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => diaryEntries.id),
    nightOf: date('night_of', { mode: 'string' }).notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.flagId, t.entryId] }), index('flag_evidence_entry_idx').on(t.entryId)],
);

/** The flag's history: raised, escalated, acknowledged, resolved — who, when, with what note. */
export const flagEvents = pgTable(
  'flag_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    flagId: uuid('flag_id')
      .notNull()
      .references(() => flags.id),
    type: flagEventTypeEnum('type').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    fromTier: flagTierEnum('from_tier'),
    toTier: flagTierEnum('to_tier'),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('flag_events_flag_idx').on(t.flagId, t.at)],
);

export type Flag = typeof flags.$inferSelect;
export type FlagEvent = typeof flagEvents.$inferSelect;
