import { z } from 'zod';
import { CLINICIAN_CHANNELS, DELIVERY_STATUSES, NOTIFICATION_CHANNELS } from '../notify/delivery-codes';
import { idSchema, nextCursorSchema, tierSchema, timestampSchema } from './common-schemas';

/** Notifications, preferences, reminders and the delivery log as they are sent. None carries health information. */
export const notificationSchema = z.strictObject({
  id: idSchema,
  kind: z.string().describe('`flag_raised`, `flag_escalated` or `flag_overdue`.'),
  flag_id: idSchema,
  patient_id: idSchema,
  tier: tierSchema,
  created_at: timestampSchema,
  read_at: timestampSchema.nullable(),
});

export const notificationListSchema = z.strictObject({
  notifications: z.array(notificationSchema).describe('Your own, newest first (the latest 100).'),
  unread_count: z.int().describe('All your unread notifications.'),
});

export const notificationReadSchema = z.strictObject({ id: idSchema, read: z.literal(true) });

const channelList = z.array(z.enum(CLINICIAN_CHANNELS));

export const preferencesSchema = z.strictObject({
  channels: z
    .strictObject({ routine: channelList, soon: channelList, urgent: channelList, emergency: channelList })
    .describe('Channels per tier: yours where you chose, else the clinic’s default. Empty for unrouted tiers.'),
  routed_tiers: z.array(tierSchema).describe('The tiers the clinic sends alerts for (default emergency and urgent).'),
});

export const remindersSchema = z.strictObject({
  time: z.string().describe('`HH:MM`, clinic time.'),
  channels: z.array(z.enum(['email', 'push'])),
  quiet_hours: z.strictObject({ start: z.string(), end: z.string() }).nullable(),
  enabled: z.boolean(),
});

export const deliverySchema = z.strictObject({
  id: idSchema,
  channel: z.enum(NOTIFICATION_CHANNELS),
  status: z.enum(DELIVERY_STATUSES).describe('`retried`: an attempt failed and another is scheduled.'),
  attempts: z.int(),
  last_error: z.string().nullable().describe('Why the last attempt failed, if it did.'),
  created_at: timestampSchema,
  sent_at: timestampSchema.nullable(),
});

export const deliveryListSchema = z.strictObject({
  deliveries: z.array(deliverySchema).describe('Newest first, 50 per page.'),
  next_cursor: nextCursorSchema,
});
