/** The codes the delivery log and the API use (mirroring the database enums in db/schema/notifications.ts). */
export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'webhook', 'push'] as const;
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'retried'] as const;

export const CHANNEL_LABELS: Record<(typeof NOTIFICATION_CHANNELS)[number], string> = {
  in_app: 'In the app',
  email: 'Email',
  webhook: 'Webhook',
  push: 'Web push',
};
