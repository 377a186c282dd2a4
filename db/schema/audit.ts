import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only: a trigger in the migrations refuses UPDATE and DELETE.
 * No foreign keys, so the log outlives whatever it mentions.
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
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_patient_idx').on(t.patientId, t.at),
    index('audit_events_actor_idx').on(t.actorUserId, t.at),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
