import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import type { Database } from '@/db/types';
import { NotFoundError, ValidationError } from '../errors';
import { loadClinicDefaults, loadOwnChannels, saveOwnChannels, isRouted, type ChannelsByTier } from '../notify/routing';
import { TIERS, type Tier } from '../rules';
import { assertCan, type Actor } from './actor';
import { isUuid } from '../validation/ids';

/** The API's notification shape: ids, kind and tier only. */
export interface NotificationView {
  id: string;
  kind: string;
  flag_id: string;
  patient_id: string;
  tier: Tier;
  created_at: string;
  read_at: string | null;
}

export const NOTIFICATION_LIST_LIMIT = 100;

/** The clinician's own notifications, newest first, with the unread count. */
export async function listOwnNotifications(
  db: Database,
  actor: Actor,
  options: { unreadOnly?: boolean } = {},
): Promise<{ notifications: NotificationView[]; unread_count: number }> {
  assertCan(actor, 'notifications:own');
  const mine = eq(notifications.userId, actor.userId);
  const [rows, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(options.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATION_LIST_LIMIT),
    db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
  ]);
  return {
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      flag_id: row.flagId,
      patient_id: row.patientId,
      tier: row.tier,
      created_at: row.createdAt.toISOString(),
      read_at: row.readAt?.toISOString() ?? null,
    })),
    unread_count: unread?.n ?? 0,
  };
}

/** Marks one of the clinician's own notifications read; anyone else's is "not found". */
export async function markNotificationRead(db: Database, actor: Actor, id: string, now = new Date()): Promise<void> {
  assertCan(actor, 'notifications:own');
  if (!isUuid(id)) throw new NotFoundError('Notification not found');
  const [row] = await db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)));
  if (!row) throw new NotFoundError('Notification not found');
  if (row.readAt) return;
  await db.update(notifications).set({ readAt: now }).where(eq(notifications.id, id));
}

export async function markAllNotificationsRead(db: Database, actor: Actor, now = new Date()): Promise<void> {
  assertCan(actor, 'notifications:own');
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
}

export interface PreferencesView {
  channels: ChannelsByTier;
  /** Tiers the clinic routes; only these can have channels. */
  routed_tiers: Tier[];
}

export async function getOwnPreferences(db: Database, actor: Actor): Promise<PreferencesView> {
  assertCan(actor, 'notifications:own');
  const [channels, clinic] = await Promise.all([loadOwnChannels(db, actor.userId), loadClinicDefaults(db)]);
  return { channels, routed_tiers: TIERS.filter((tier) => isRouted(clinic, tier)).reverse() };
}

/** Saves channels for the given tiers; a tier the clinic does not route is refused (422 for that tier). */
export async function updateOwnPreferences(
  db: Database,
  actor: Actor,
  channels: Partial<ChannelsByTier>,
): Promise<PreferencesView> {
  assertCan(actor, 'notifications:own');
  const clinic = await loadClinicDefaults(db);
  const fields: Record<string, string> = {};
  for (const tier of TIERS) {
    const chosen = channels[tier];
    if (chosen && chosen.length > 0 && !isRouted(clinic, tier)) {
      fields[tier] = `The clinic does not send alerts for ${tier} flags; ask an admin to route them first.`;
    }
  }
  if (Object.keys(fields).length > 0) throw new ValidationError('Some tiers cannot be chosen.', fields);
  await saveOwnChannels(db, actor.userId, channels);
  return getOwnPreferences(db, actor);
}
