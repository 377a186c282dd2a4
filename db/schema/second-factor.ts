import { bigint, bigserial, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * A user's TOTP second factor (RFC 6238). Secrets are stored encrypted
 * (lib/auth/secret-box.ts). `secret` is the confirmed factor; `pendingSecret`
 * is an enrolment awaiting its first code, so re-enrolling keeps the old
 * factor working until the new one is confirmed.
 */
export const userTotp = pgTable('user_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secret: text('secret'),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  pendingSecret: text('pending_secret'),
  pendingCreatedAt: timestamp('pending_created_at', { withTimezone: true }),
  /** The RFC 6238 time step of the last accepted code: a code is never accepted twice. */
  lastTimeStep: bigint('last_time_step', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes, stored as keyed hashes (lib/auth/recovery-codes.ts). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_key').on(t.userId, t.codeHash)],
);

export type UserTotp = typeof userTotp.$inferSelect;
