import { and, eq, inArray } from 'drizzle-orm';
import { flagEvents, flags, type Flag } from '@/db/schema';
import type { Database } from '@/db/types';
import { ConflictError } from '../errors';
import { LIVE_FLAG_STATUSES } from '../rules/flag-statuses';
import { enqueueFlagAcknowledged } from '../notify/flag-jobs';

export type FlagAction = 'acknowledge' | 'resolve';

/**
 * Moves a flag along its lifecycle (open → acknowledged → resolved) and
 * records who did it, when and with what note. No authorization here: the
 * data layer checks the care team first.
 */
export async function transitionFlag(
  db: Database,
  input: { flagId: string; action: FlagAction; actorUserId: string; note: string | null; now?: Date },
): Promise<Flag> {
  const now = input.now ?? new Date();
  const from = input.action === 'acknowledge' ? (['open'] as const) : LIVE_FLAG_STATUSES;
  const set =
    input.action === 'acknowledge'
      ? { status: 'acknowledged' as const, acknowledgedAt: now, acknowledgedBy: input.actorUserId }
      : { status: 'resolved' as const, resolvedAt: now, resolvedBy: input.actorUserId, resolutionNote: input.note };
  return db.transaction(async (tx) => {
    const [flag] = await tx
      .update(flags)
      .set(set)
      .where(and(eq(flags.id, input.flagId), inArray(flags.status, [...from])))
      .returning();
    if (!flag) {
      throw new ConflictError(
        input.action === 'acknowledge'
          ? 'This flag is not open, so it cannot be acknowledged.'
          : 'This flag is already resolved.',
      );
    }
    await tx.insert(flagEvents).values({
      flagId: flag.id,
      type: input.action === 'acknowledge' ? 'acknowledged' : 'resolved',
      actorUserId: input.actorUserId,
      note: input.note,
      at: now,
    });
    if (input.action === 'acknowledge') await enqueueFlagAcknowledged(tx, { flagId: flag.id });
    return flag;
  });
}
