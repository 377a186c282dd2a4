import { and, eq, isNull } from 'drizzle-orm';
import { careTeam, deliveries, escalationContacts, flags, notifications, users } from '@/db/schema';
import type { NotificationChannel } from '@/db/schema';
import type { Database } from '@/db/types';
import { enqueueInTransaction } from '../jobs/enqueue';
import { QUEUES } from '../jobs/queues';
import type { NotifyContext } from './context';
import type { FlagAcknowledgedJob, FlagEventJob } from './flag-jobs';
import type { ClinicianChannel } from './delivery-codes';
import { isRouted, loadChannelsFor, loadClinicDefaults } from './routing';

interface Target {
  userId: string;
  channels: readonly ClinicianChannel[];
}

/**
 * Turns one flag event into in-app notifications and queued deliveries, in
 * one transaction. Idempotent: every row is unique per event, channel and
 * recipient, so a retried job adds nothing and enqueues nothing twice.
 */
export async function fanOutFlagEvent(ctx: NotifyContext, job: FlagEventJob): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const [flag] = await tx
      .select({ id: flags.id, patientId: flags.patientId, status: flags.status })
      .from(flags)
      .where(eq(flags.id, job.flagId));
    if (!flag || flag.status === 'resolved') return;
    // Raised or escalated, but a clinician has already acknowledged it: nobody needs paging.
    if (job.kind !== 'flag_overdue' && flag.status !== 'open') return;
    // Escalation always goes out; a raise or escalation only for the tiers the clinic routes.
    if (job.kind !== 'flag_overdue' && !isRouted(await loadClinicDefaults(tx), job.tier)) return;

    const targets = job.kind === 'flag_overdue' ? await escalationTargets(tx) : await careTeamTargets(tx, flag.patientId, job);
    const eventKey = `${job.kind}:${flag.id}:${job.tier}`;
    const common = { kind: job.kind, eventKey, flagId: flag.id, tier: job.tier };
    for (const target of targets) {
      for (const channel of target.channels) {
        if (channel === 'in_app') {
          await tx
            .insert(notifications)
            .values({ userId: target.userId, kind: job.kind, flagId: flag.id, patientId: flag.patientId, tier: job.tier, createdAt: now })
            .onConflictDoNothing();
          // Shown in the notification centre the moment this commits: sent.
          await tx
            .insert(deliveries)
            .values({ ...common, channel, recipientUserId: target.userId, status: 'sent', attempts: 1, createdAt: now, updatedAt: now, sentAt: now })
            .onConflictDoNothing();
        } else {
          await queueDelivery(tx, { ...common, channel, recipientUserId: target.userId, createdAt: now, updatedAt: now });
        }
      }
    }
    if (ctx.webhook) {
      await queueDelivery(tx, { ...common, channel: 'webhook', recipientUserId: null, createdAt: now, updatedAt: now });
    }
  });
}

/** Inserts a queued delivery and, if it is new, its delivery job (same transaction). */
export async function queueDelivery(
  tx: Database,
  values: typeof deliveries.$inferInsert & { channel: NotificationChannel },
): Promise<string | null> {
  const [row] = await tx.insert(deliveries).values(values).onConflictDoNothing().returning({ id: deliveries.id });
  if (!row) return null;
  await enqueueInTransaction(tx, QUEUES.delivery, { deliveryId: row.id });
  return row.id;
}

async function careTeamTargets(tx: Database, patientId: string, job: FlagEventJob): Promise<Target[]> {
  const team = await tx
    .select({ userId: careTeam.clinicianUserId })
    .from(careTeam)
    .innerJoin(users, eq(users.id, careTeam.clinicianUserId))
    .where(and(eq(careTeam.patientId, patientId), eq(users.active, true), eq(users.role, 'clinician')));
  const channels = await loadChannelsFor(
    tx,
    team.map((member) => member.userId),
  );
  return team.map((member) => ({ userId: member.userId, channels: channels.get(member.userId)?.[job.tier] ?? [] }));
}

/** Escalation contacts: clinicians in the app and by email; admins (who have no notification centre) by email. */
async function escalationTargets(tx: Database): Promise<Target[]> {
  const contacts = await tx
    .select({ userId: users.id, role: users.role })
    .from(escalationContacts)
    .innerJoin(users, eq(users.id, escalationContacts.userId))
    .where(eq(users.active, true));
  return contacts.map((contact) => ({
    userId: contact.userId,
    channels: contact.role === 'clinician' ? (['in_app', 'email'] as const) : (['email'] as const),
  }));
}

/** Once a flag is acknowledged, its unread alerts are marked read for everyone: nobody else needs to act. */
export async function settleAcknowledgedFlag(ctx: NotifyContext, job: FlagAcknowledgedJob): Promise<void> {
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(eq(notifications.flagId, job.flagId), isNull(notifications.readAt)));
}
