import 'server-only';
import { eq } from 'drizzle-orm';
import { pushSubscriptions, reminderSettings } from '@/db/schema';
import type { Database } from '@/db/types';
import { ForbiddenError, ValidationError } from '../errors';
import type { ReminderSettingsInput } from '../validation/notifications';
import { todayIso } from '../validation/dates';
import { addDays } from '../rules';
import { assertCan, type Actor } from './actor';

export interface RemindersView {
  time: string;
  channels: Array<'email' | 'push'>;
  quiet_hours: { start: string; end: string } | null;
  enabled: boolean;
}

/** Before a patient chooses: off, with an evening email suggested. */
export const DEFAULT_REMINDERS: RemindersView = { time: '20:00', channels: ['email'], quiet_hours: null, enabled: false };

function ownPatientId(actor: Actor): string {
  assertCan(actor, 'reminders:own');
  if (!actor.patientId) throw new ForbiddenError();
  return actor.patientId;
}

export async function getOwnReminders(db: Database, actor: Actor): Promise<RemindersView> {
  const patientId = ownPatientId(actor);
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.patientId, patientId));
  if (!row) return DEFAULT_REMINDERS;
  return {
    time: row.time,
    channels: row.channels.filter((c): c is 'email' | 'push' => c === 'email' || c === 'push'),
    quiet_hours: row.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null,
    enabled: row.enabled,
  };
}

/**
 * Saves the patient's reminder. Saving with reminders on starts the
 * missed-night count afresh, so a pause ends when the patient chooses.
 */
export async function updateOwnReminders(
  db: Database,
  actor: Actor,
  input: ReminderSettingsInput,
  now = new Date(),
): Promise<RemindersView> {
  const patientId = ownPatientId(actor);
  if (input.enabled && input.channels.length === 0) {
    throw new ValidationError('Some fields need attention.', { channels: 'Choose at least one way to be reminded.' });
  }
  const values = {
    enabled: input.enabled,
    time: input.time,
    channels: input.channels,
    quietStart: input.quiet_hours?.start ?? null,
    quietEnd: input.quiet_hours?.end ?? null,
    updatedAt: now,
    ...(input.enabled ? { countFrom: addDays(todayIso(now), -1) } : {}),
  };
  await db
    .insert(reminderSettings)
    .values({ patientId, countFrom: addDays(todayIso(now), -1), ...values })
    .onConflictDoUpdate({ target: reminderSettings.patientId, set: values });
  return getOwnReminders(db, actor);
}

/** Stores (or refreshes) this browser's push subscription for the patient. */
export async function saveOwnPushSubscription(
  db: Database,
  actor: Actor,
  subscription: { endpoint: string; p256dh: string; auth: string },
): Promise<void> {
  ownPatientId(actor);
  await db
    .insert(pushSubscriptions)
    .values({ userId: actor.userId, ...subscription })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { userId: actor.userId, p256dh: subscription.p256dh, auth: subscription.auth },
    });
}

/** The unsubscribe link's action: no session, the signed token is the authority (checked by the caller). */
export async function turnOffRemindersByToken(db: Database, patientId: string, now = new Date()): Promise<boolean> {
  const updated = await db
    .update(reminderSettings)
    .set({ enabled: false, updatedAt: now })
    .where(eq(reminderSettings.patientId, patientId))
    .returning({ patientId: reminderSettings.patientId });
  return updated.length > 0;
}
