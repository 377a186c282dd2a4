/**
 * The codes the delivery log and the API use (mirroring the database enums in db/schema/notifications.ts).
 * Pure: the one file of lib/notify in the core layer (eslint.layers.mjs), so schemas and pages can read it.
 */
export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'webhook', 'push'] as const;
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'retried'] as const;

/** Channels a clinician can choose for flag alerts (the webhook is the clinic's, not a person's). */
export const CLINICIAN_CHANNELS = [
  'in_app',
  'email',
] as const satisfies readonly (typeof NOTIFICATION_CHANNELS)[number][];
export type ClinicianChannel = (typeof CLINICIAN_CHANNELS)[number];

export const CHANNEL_LABELS: Record<(typeof NOTIFICATION_CHANNELS)[number], string> = {
  in_app: 'In the app',
  email: 'Email',
  webhook: 'Webhook',
  push: 'Web push',
};
