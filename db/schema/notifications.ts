import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES, NOTIFICATION_CHANNELS } from '../../lib/notify/delivery-codes';
import { flagTierEnum } from './enums';
import { flags } from './flags';
import { patients } from './patients';
import { users } from './users';

/** Where a notification goes. `in_app` is the clinician's notification centre. */
export const notificationChannelEnum = pgEnum('notification_channel', NOTIFICATION_CHANNELS);
/** A delivery's life: queued, then sent, or retried (a failed attempt that will be tried again), or failed for good. */
export const deliveryStatusEnum = pgEnum('delivery_status', DELIVERY_STATUSES);
/** Why a notification exists. */
export const notificationKindEnum = pgEnum('notification_kind', [
  'flag_raised',
  'flag_escalated',
  'flag_overdue',
  'diary_reminder',
]);

/** A clinician's in-app notification: ids and tier only; the flag itself holds the clinical detail. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: notificationKindEnum('kind').notNull(),
    flagId: uuid('flag_id')
      .notNull()
      .references(() => flags.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    tier: flagTierEnum('tier').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    // One notification per person, flag, kind and tier: a retried job adds nothing.
    uniqueIndex('notifications_event_key').on(t.userId, t.flagId, t.kind, t.tier),
    index('notifications_user_idx').on(t.userId, t.createdAt.desc()),
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

/**
 * One attempt to tell someone something over one channel. Holds no health
 * information: ids, channel and status only. Unique per event, channel and
 * recipient so a retried fan-out never sends twice.
 */
export const deliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: notificationKindEnum('kind').notNull(),
    channel: notificationChannelEnum('channel').notNull(),
    status: deliveryStatusEnum('status').notNull().default('queued'),
    /** What the delivery is about, e.g. `flag_raised:<flag id>:urgent` or `reminder:<patient id>:<night>`. */
    eventKey: text('event_key').notNull(),
    /** The user it goes to; null for the clinic's webhook. */
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    flagId: uuid('flag_id').references(() => flags.id),
    tier: flagTierEnum('tier'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notification_deliveries_event_key').on(
      t.eventKey,
      t.channel,
      sql`coalesce(${t.recipientUserId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('notification_deliveries_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('notification_deliveries_status_idx').on(t.status, t.createdAt.desc()),
  ],
);

/** A clinician's channels for one tier; absent rows fall back to the clinic's defaults. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tier: flagTierEnum('tier').notNull(),
    channels: notificationChannelEnum('channels').array().notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tier] })],
);

/** The clinic's default channels per tier; a tier with no channels is not routed. */
export const clinicNotificationDefaults = pgTable('clinic_notification_defaults', {
  tier: flagTierEnum('tier').primaryKey(),
  channels: notificationChannelEnum('channels').array().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who is told when an emergency or urgent flag goes unacknowledged past its overdue mark. */
export const escalationContacts = pgTable('escalation_contacts', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  addedBy: uuid('added_by').references(() => users.id),
});

/** A patient's nightly reminder. Times are wall-clock `HH:MM` in the clinic's time zone. */
export const reminderSettings = pgTable('reminder_settings', {
  patientId: uuid('patient_id')
    .primaryKey()
    .references(() => patients.id),
  enabled: boolean('enabled').notNull().default(true),
  time: text('time').notNull(),
  channels: notificationChannelEnum('channels').array().notNull().default([]),
  quietStart: text('quiet_start'),
  quietEnd: text('quiet_end'),
  /** Nights before this one never count as missed (reminders were not yet on). */
  countFrom: date('count_from', { mode: 'string' }).notNull(),
  /** The last night a reminder went out for: at most one a night. */
  lastRemindedNight: date('last_reminded_night', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A browser's web-push subscription for a patient. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint), index('push_subscriptions_user_idx').on(t.userId)],
);

export type Notification = typeof notifications.$inferSelect;
export type Delivery = typeof deliveries.$inferSelect;
export type NotificationChannel = (typeof notificationChannelEnum.enumValues)[number];
export type DeliveryStatus = (typeof deliveryStatusEnum.enumValues)[number];
export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];
