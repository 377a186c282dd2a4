import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { careTeam, deliveries, escalationContacts, flagEvents, flags, notifications, patients, reminderSettings, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { OVERDUE_AFTER_MS } from '../rules/overdue';
import { addDays } from '../rules';

const UNREAD_ALERTS = 3;

/**
 * The demo's notification state: the lead clinician is the escalation
 * contact and has a few unread alerts (the clinic's routed tiers first), one
 * emergency or urgent flag has gone overdue and been escalated, and the demo
 * patient has an evening email reminder.
 */
export async function seedDemoNotifications(db: Database, options: { endNight: string }): Promise<void> {
  const [lead] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'clinician@example.org'));
  if (!lead) return;
  await db.insert(escalationContacts).values({ userId: lead.id });

  const open = await db
    .select({ flag: flags })
    .from(flags)
    .innerJoin(careTeam, eq(careTeam.patientId, flags.patientId))
    .where(and(eq(careTeam.clinicianUserId, lead.id), eq(flags.status, 'open')))
    .orderBy(desc(flags.tier), desc(flags.firstSeenAt))
    .limit(UNREAD_ALERTS);
  for (const { flag } of open) {
    await notify(db, lead.id, flag, 'flag_raised', flag.firstSeenAt);
  }

  const overdue = open.find(({ flag }) => flag.tier === 'emergency' || flag.tier === 'urgent')?.flag;
  if (overdue) {
    const at = new Date(overdue.firstSeenAt.getTime() + OVERDUE_AFTER_MS[overdue.tier] + 60_000);
    await db.update(flags).set({ overdueNotifiedAt: at }).where(eq(flags.id, overdue.id));
    await db.insert(flagEvents).values({
      flagId: overdue.id,
      type: 'overdue_escalated',
      toTier: overdue.tier,
      at,
      note: `Not acknowledged within ${overdue.tier === 'emergency' ? '1 hour' : '24 hours'}: escalation contacts notified`,
    });
    await notify(db, lead.id, overdue, 'flag_overdue', at);
  }

  const [patient] = await db
    .select({ id: patients.id })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(inArray(users.email, ['patient@example.org']))
    .orderBy(asc(users.email));
  if (patient) {
    await db.insert(reminderSettings).values({
      patientId: patient.id,
      enabled: true,
      time: '20:00',
      channels: ['email'],
      quietStart: '22:30',
      quietEnd: '07:00',
      countFrom: addDays(options.endNight, -1),
      lastRemindedNight: options.endNight,
    });
  }
}

/** An in-app alert and its delivery-log row, as the workers would have written them. */
async function notify(
  db: Database,
  userId: string,
  flag: typeof flags.$inferSelect,
  kind: 'flag_raised' | 'flag_overdue',
  at: Date,
): Promise<void> {
  await db.insert(notifications).values({ userId, kind, flagId: flag.id, patientId: flag.patientId, tier: flag.tier, createdAt: at });
  const eventKey = `${kind}:${flag.id}:${flag.tier}`;
  const common = { kind, eventKey, flagId: flag.id, tier: flag.tier, recipientUserId: userId, createdAt: at, updatedAt: at };
  await db.insert(deliveries).values([
    { ...common, channel: 'in_app', status: 'sent', attempts: 1, sentAt: at },
    { ...common, channel: 'email', status: 'sent', attempts: 1, sentAt: at },
  ]);
}
