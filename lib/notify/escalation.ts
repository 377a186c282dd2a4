import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { flagEvents, flags } from '@/db/schema';
import type { Database } from '@/db/types';
import { OVERDUE_AFTER_MS } from '../rules/overdue';
import { enqueueFlagEvent } from './flag-jobs';

/** The tiers whose overdue mark calls in the escalation contacts. */
export const ESCALATED_TIERS = ['emergency', 'urgent'] as const;

const HOURS = (tier: (typeof ESCALATED_TIERS)[number]) => OVERDUE_AFTER_MS[tier] / 3_600_000;

/**
 * Finds open emergency and urgent flags past their overdue mark (docs/rules.md, "Tiers":
 * 1 hour, 24 hours since the flag reached its tier) whose escalation
 * contacts have not been told, and for each, in one transaction: claims it
 * (`overdue_notified_at`), records it in the flag's history and enqueues the
 * alert. Claiming with `overdue_notified_at is null` makes it happen once,
 * however many sweeps run at the same time. Returns the flags escalated.
 */
export async function escalateOverdueFlags(db: Database, now: Date): Promise<string[]> {
  const tierSince = sql`coalesce((select max(${flagEvents.at}) from ${flagEvents} where ${flagEvents.flagId} = ${flags.id} and ${flagEvents.type} = 'escalated'), ${flags.firstSeenAt})`;
  const deadline = sql`case ${flags.tier} ${sql.join(
    ESCALATED_TIERS.map((tier) => sql`when ${tier} then ${tierSince} + make_interval(hours => ${HOURS(tier)})`),
    sql` `,
  )} end`;
  const due = await db
    .select({ id: flags.id })
    .from(flags)
    .where(
      and(
        eq(flags.status, 'open'),
        inArray(flags.tier, [...ESCALATED_TIERS]),
        isNull(flags.overdueNotifiedAt),
        sql`${deadline} < ${now.toISOString()}::timestamptz`,
      ),
    );
  const escalated: string[] = [];
  for (const { id } of due) {
    const claimed = await db.transaction(async (tx) => {
      const [flag] = await tx
        .update(flags)
        .set({ overdueNotifiedAt: now })
        .where(and(eq(flags.id, id), eq(flags.status, 'open'), isNull(flags.overdueNotifiedAt)))
        .returning({ id: flags.id, tier: flags.tier });
      if (!flag) return false;
      await tx.insert(flagEvents).values({
        flagId: flag.id,
        type: 'overdue_escalated',
        toTier: flag.tier,
        at: now,
        note: `Not acknowledged within ${flag.tier === 'emergency' ? '1 hour' : '24 hours'}: escalation contacts notified`,
      });
      await enqueueFlagEvent(tx, { flagId: flag.id, kind: 'flag_overdue', tier: flag.tier });
      return true;
    });
    if (claimed) escalated.push(id);
  }
  return escalated;
}
