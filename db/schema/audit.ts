import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Append-only: a trigger in the migrations refuses UPDATE and DELETE, and on
 * PostgreSQL the app's own role holds only SELECT and INSERT (README, "Two
 * database roles"). No foreign keys, so the log outlives whatever it mentions.
 *
 * Tamper-evident: a BEFORE INSERT trigger (migration 0009) places every row
 * in a hash chain, whoever writes it. `chain_seq` is the row's position,
 * `prev_hash` the hash of the row before it, and `hash` is
 * sha256(prev_hash | the row's canonical form); `npm run audit:verify` walks
 * the chain. The three are filled in by the trigger, whatever an insert says.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    patientId: uuid('patient_id'),
    targetId: text('target_id'),
    ip: text('ip'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    chainSeq: bigint('chain_seq', { mode: 'number' })
      .notNull()
      .default(sql`null`),
    prevHash: text('prev_hash')
      .notNull()
      .default(sql`null`),
    hash: text('hash')
      .notNull()
      .default(sql`null`),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_patient_idx').on(t.patientId, t.at),
    index('audit_events_actor_idx').on(t.actorUserId, t.at),
    uniqueIndex('audit_events_chain_seq_idx').on(t.chainSeq),
  ],
);

/** The chain's last link (one row): the trigger extends it under this row's lock, which serialises writers. */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: boolean('id').primaryKey().default(true),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('audit_chain_head_single_row', sql`${t.id}`)],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
