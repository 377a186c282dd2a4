import { format } from 'date-fns';
import { and, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import { diaryEntries, patients, reminderSettings, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { addDays } from '../rules';
import { queueDelivery } from './fan-out';
import { reportingCutoff } from '../rules/reporting';
import { decideReminder } from './reminder-schedule';

/**
 * One pass of the reminder scheduler (run every minute by pg-boss): for each
 * patient whose reminder is due, claims last night (`last_reminded_night`)
 * and queues one delivery per chosen channel, in one transaction, so two
 * sweeps never remind twice. Returns how many patients were reminded.
 */
export async function sendDueReminders(db: Database, now: Date): Promise<number> {
  const today = format(now, 'yyyy-MM-dd');
  const night = addDays(today, -1);
  const candidates = await db
    .select({ settings: reminderSettings, userId: patients.userId })
    .from(reminderSettings)
    .innerJoin(patients, eq(patients.id, reminderSettings.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(
      and(
        eq(reminderSettings.enabled, true),
        eq(users.active, true),
        or(isNull(reminderSettings.lastRemindedNight), lt(reminderSettings.lastRemindedNight, night)),
      ),
    );
  if (candidates.length === 0) return 0;
  const recorded = await recentNights(
    db,
    candidates.map((row) => row.settings.patientId),
    reportingCutoff(today),
  );
  let reminded = 0;
  for (const { settings, userId } of candidates) {
    const decision = decideReminder(settings, now, recorded.get(settings.patientId) ?? new Set());
    if (!decision.send) continue;
    const sent = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(reminderSettings)
        .set({ lastRemindedNight: decision.night })
        .where(
          and(
            eq(reminderSettings.patientId, settings.patientId),
            or(isNull(reminderSettings.lastRemindedNight), lt(reminderSettings.lastRemindedNight, decision.night)),
          ),
        )
        .returning({ patientId: reminderSettings.patientId });
      if (!claimed) return false;
      for (const channel of settings.channels) {
        if (channel !== 'email' && channel !== 'push') continue;
        await queueDelivery(tx, {
          kind: 'diary_reminder',
          channel,
          eventKey: `diary_reminder:${settings.patientId}:${decision.night}`,
          recipientUserId: userId,
          createdAt: now,
          updatedAt: now,
        });
      }
      return true;
    });
    if (sent) reminded += 1;
  }
  return reminded;
}

async function recentNights(db: Database, patientIds: string[], from: string): Promise<Map<string, Set<string>>> {
  const rows = await db
    .select({ patientId: diaryEntries.patientId, nightOf: diaryEntries.nightOf })
    .from(diaryEntries)
    .where(and(inArray(diaryEntries.patientId, patientIds), gte(diaryEntries.nightOf, from)));
  const result = new Map<string, Set<string>>();
  for (const row of rows) {
    const nights = result.get(row.patientId) ?? new Set<string>();
    nights.add(row.nightOf);
    result.set(row.patientId, nights);
  }
  return result;
}
