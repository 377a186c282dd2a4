import type { Queue } from 'pg-boss';

/** The queues Calfwatch uses, with their retry policy. Created (idempotently) whenever a queue client starts. */
export const QUEUES = {
  /** A flag was raised, escalated or went overdue: decide who hears about it and over which channels. */
  flagEvent: 'flag-event',
  /** A flag was acknowledged: its unread alerts no longer need anyone's attention. */
  flagAcknowledged: 'flag-acknowledged',
  /** One email, webhook call or web push; retried with backoff. */
  delivery: 'delivery',
  /** Periodic: tell the escalation contacts about overdue emergency and urgent flags. */
  escalationSweep: 'escalation-sweep',
  /** Periodic: send patients their diary reminders. */
  reminderSweep: 'reminder-sweep',
  /** Periodic: move the patient summaries' moving windows to the clinic's new day (a no-op within a day). */
  summaryRoll: 'patient-summary-roll',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Attempts after the first before a delivery is marked failed. */
export const DELIVERY_RETRY_LIMIT = 4;

export const QUEUE_OPTIONS: Record<QueueName, Omit<Queue, 'name'>> = {
  [QUEUES.flagEvent]: { retryLimit: 5, retryDelay: 2, retryBackoff: true },
  [QUEUES.flagAcknowledged]: { retryLimit: 5, retryDelay: 2, retryBackoff: true },
  [QUEUES.delivery]: { retryLimit: DELIVERY_RETRY_LIMIT, retryDelay: 5, retryBackoff: true, retryDelayMax: 600 },
  // A sweep that fails is simply run again by the next tick.
  [QUEUES.escalationSweep]: { retryLimit: 0, expireInSeconds: 300 },
  [QUEUES.reminderSweep]: { retryLimit: 0, expireInSeconds: 300 },
  [QUEUES.summaryRoll]: { retryLimit: 0, expireInSeconds: 900 },
};

/** Cron expressions (UTC) for the periodic queues. */
export const SCHEDULES: Partial<Record<QueueName, string>> = {
  [QUEUES.escalationSweep]: '* * * * *',
  [QUEUES.reminderSweep]: '* * * * *',
  // Hourly, so the day turns over within the hour after midnight in any clinic time zone.
  [QUEUES.summaryRoll]: '2 * * * *',
};
