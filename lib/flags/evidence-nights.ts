import { asc, inArray } from 'drizzle-orm';
import { flagEvidence } from '@/db/schema';
import type { Database } from '@/db/types';

/**
 * Evidence nights per flag, ascending and without repeats, in one query for
 * any number of flags. No authorization: callers pass flags they already
 * scoped to the actor.
 */
export async function loadEvidenceNights(db: Database, flagIds: readonly string[]): Promise<Map<string, string[]>> {
  const nights = new Map<string, string[]>();
  if (flagIds.length === 0) return nights;
  const rows = await db
    .select({ flagId: flagEvidence.flagId, nightOf: flagEvidence.nightOf })
    .from(flagEvidence)
    .where(inArray(flagEvidence.flagId, [...flagIds]))
    .orderBy(asc(flagEvidence.nightOf));
  for (const { flagId, nightOf } of rows) {
    const list = nights.get(flagId) ?? [];
    if (list.at(-1) !== nightOf) list.push(nightOf);
    nights.set(flagId, list);
  }
  return nights;
}
