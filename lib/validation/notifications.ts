import { z } from 'zod';
import { CLINICIAN_CHANNELS, DELIVERY_STATUSES, NOTIFICATION_CHANNELS } from '../notify/delivery-codes';
import { TIERS } from '../rules';
import { storableText } from './text';

const time = z
  .string({ error: 'Enter a time as HH:MM.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time as HH:MM (24-hour clock), for example 20:30.' });

/** PUT /api/v1/reminders and the reminders form. */
export const reminderSettingsSchema = z
  .object({
    time,
    channels: z
      .array(z.enum(['email', 'push'], { error: 'Choose email, push or both.' }), {
        error: 'Choose email, push or both.',
      })
      .refine((channels) => new Set(channels).size === channels.length, { error: 'List each channel once.' }),
    quiet_hours: z
      .object(
        { start: time, end: time },
        { error: 'Give quiet hours as { "start": "HH:MM", "end": "HH:MM" }, or null.' },
      )
      .strict()
      .nullable(),
    enabled: z.boolean({ error: 'Answer true or false.' }),
  })
  .strict();
export type ReminderSettingsInput = z.output<typeof reminderSettingsSchema>;

const clinicianChannels = z
  .array(z.enum(CLINICIAN_CHANNELS, { error: 'Channels are "in_app" and "email".' }), {
    error: 'Give a list of channels, e.g. ["in_app", "email"].',
  })
  .refine((channels) => new Set(channels).size === channels.length, { error: 'List each channel once.' });

/** PUT /api/v1/notification-preferences: channels for any of the tiers. */
export const preferencesSchema = z
  .object({
    channels: z.object(Object.fromEntries(TIERS.map((tier) => [tier, clinicianChannels.optional()]))).strict(),
  })
  .strict();

/** GET /api/v1/admin/deliveries query. */
export const deliveryFilterSchema = z.object({
  status: z.enum(DELIVERY_STATUSES, { error: 'Status is queued, sent, failed or retried.' }).optional(),
  channel: z.enum(NOTIFICATION_CHANNELS, { error: 'Channel is in_app, email, webhook or push.' }).optional(),
  cursor: storableText().max(200).optional(),
});
export type DeliveryFilter = z.output<typeof deliveryFilterSchema>;

/** The reminder email's unsubscribe page: `?token=` (checked by the page) and `?done=1` after the button. */
export const unsubscribeQuerySchema = z.object({
  token: z.string().default(''),
  done: z.string().optional(),
});
