import { inArray } from 'drizzle-orm';
import { clinicNotificationDefaults, notificationPreferences } from '@/db/schema';
import type { Database } from '@/db/types';
import { TIERS, type Tier } from '../rules';
import { CLINICIAN_CHANNELS, type ClinicianChannel } from './delivery-codes';

export type ChannelsByTier = Record<Tier, ClinicianChannel[]>;

/** Out of the box the clinic routes emergency and urgent flags, in the app and by email. */
export const DEFAULT_CLINIC_CHANNELS: ChannelsByTier = {
  emergency: ['in_app', 'email'],
  urgent: ['in_app', 'email'],
  soon: [],
  routine: [],
};

export function onlyClinicianChannels(channels: readonly string[]): ClinicianChannel[] {
  return CLINICIAN_CHANNELS.filter((channel) => channels.includes(channel));
}

/** The clinic-wide defaults: stored rows over the built-in defaults. */
export async function loadClinicDefaults(db: Database): Promise<ChannelsByTier> {
  const rows = await db.select().from(clinicNotificationDefaults);
  const result = { ...DEFAULT_CLINIC_CHANNELS };
  for (const row of rows) result[row.tier] = onlyClinicianChannels(row.channels);
  return result;
}

/** A tier is routed when the clinic's default for it names at least one channel. */
export function isRouted(defaults: ChannelsByTier, tier: Tier): boolean {
  return defaults[tier].length > 0;
}

/**
 * Each clinician's channels for the tiers the clinic routes: their own choice
 * where they made one, the clinic's default otherwise. Unrouted tiers are empty.
 */
export async function loadChannelsFor(
  db: Database,
  userIds: readonly string[],
  defaults?: ChannelsByTier,
): Promise<Map<string, ChannelsByTier>> {
  const clinic = defaults ?? (await loadClinicDefaults(db));
  const result = new Map<string, ChannelsByTier>();
  for (const userId of userIds) result.set(userId, { ...clinic });
  if (userIds.length === 0) return result;
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, [...userIds]));
  for (const row of rows) {
    const own = result.get(row.userId);
    if (own && isRouted(clinic, row.tier)) own[row.tier] = onlyClinicianChannels(row.channels);
  }
  return result;
}

/** One clinician's channels per tier (for the preferences page and API). */
export async function loadOwnChannels(db: Database, userId: string): Promise<ChannelsByTier> {
  const map = await loadChannelsFor(db, [userId]);
  return map.get(userId) ?? { ...DEFAULT_CLINIC_CHANNELS };
}

/**
 * Saves a clinician's channels for every tier given (one row per tier). Run
 * it inside the caller's transaction, with the audit row it belongs with.
 */
export async function saveOwnChannels(
  tx: Database,
  userId: string,
  channels: Partial<ChannelsByTier>,
  now = new Date(),
): Promise<void> {
  for (const tier of TIERS) {
    const chosen = channels[tier];
    if (!chosen) continue;
    await tx
      .insert(notificationPreferences)
      .values({ userId, tier, channels: chosen, updatedAt: now })
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.tier],
        set: { channels: chosen, updatedAt: now },
      });
  }
}

/** Saves the clinic-wide defaults for every tier given, inside the caller's transaction (with its audit row). */
export async function saveClinicDefaults(tx: Database, channels: Partial<ChannelsByTier>, now = new Date()) {
  for (const tier of TIERS) {
    const chosen = channels[tier];
    if (!chosen) continue;
    await tx
      .insert(clinicNotificationDefaults)
      .values({ tier, channels: chosen, updatedAt: now })
      .onConflictDoUpdate({ target: clinicNotificationDefaults.tier, set: { channels: chosen, updatedAt: now } });
  }
}
