import { and, eq, inArray, sql } from 'drizzle-orm';
import { flagEvents, flagEvidence, flags, isLiveFlagSql, type Flag } from '@/db/schema';
import type { Database } from '@/db/types';
import { enqueueFlagEvent } from '../notify/flag-jobs';
import { isHigherTier, RULES_VERSION, type Firing } from '../rules';

export type FlagChange = 'raised' | 'escalated' | 'evidence_added' | 'unchanged';

export interface AppliedFlag {
  flag: Flag;
  change: FlagChange;
}

export interface ApplyOptions {
  patientId: string;
  now: Date;
  /**
   * Re-evaluation (profile or catalog change) of nights already submitted: a
   * firing whose evidence is all recorded on flags of the same rule (live or
   * resolved) changes nothing unless it escalates a live flag, so resolved
   * flags are not resurrected and a second run is a no-op.
   */
  reevaluation?: boolean;
}

const LIVE = isLiveFlagSql(flags.status);

/**
 * Records firings as flags (docs/rules.md, "How firings become flags"): one live flag per patient
 * and rule, upserted against the unique partial index; new evidence is added;
 * a higher tier escalates and reopens; a resolved flag is never reused.
 * Must run inside the transaction that wrote the entry or profile.
 */
export async function applyFirings(
  tx: Database,
  firings: readonly Firing[],
  options: ApplyOptions,
): Promise<AppliedFlag[]> {
  const applied: AppliedFlag[] = [];
  for (const firing of firings) {
    const result = await applyFiring(tx, firing, options);
    if (result) applied.push(result);
  }
  return applied;
}

async function applyFiring(tx: Database, firing: Firing, options: ApplyOptions): Promise<AppliedFlag | null> {
  const { patientId, now } = options;
  const [live] = await tx
    .select()
    .from(flags)
    .where(and(eq(flags.patientId, patientId), eq(flags.ruleId, firing.ruleId), LIVE))
    .limit(1);
  const escalates = live ? isHigherTier(firing.tier, live.tier) : false;
  // Re-evaluation that finds nothing new must change nothing (not even last_seen).
  if (options.reevaluation && !escalates && (await isAlreadyRecorded(tx, patientId, firing))) {
    return live ? { flag: live, change: 'unchanged' } : null;
  }
  const [flag] = await tx
    .insert(flags)
    .values({
      patientId,
      ruleId: firing.ruleId,
      tier: firing.tier,
      status: 'open',
      reason: firing.reason,
      modifiers: firing.modifiers,
      rulesVersion: RULES_VERSION,
      firstSeenAt: now,
      lastSeenAt: now,
    })
    .onConflictDoUpdate({
      target: [flags.patientId, flags.ruleId],
      targetWhere: LIVE,
      set: {
        tier: sql`greatest(${flags.tier}, excluded.tier)`,
        status: sql`case when excluded.tier > ${flags.tier} then 'open'::flag_status else ${flags.status} end`,
        reason: sql`case when excluded.tier >= ${flags.tier} then excluded.reason else ${flags.reason} end`,
        modifiers: sql`case when excluded.tier >= ${flags.tier} then excluded.modifiers else ${flags.modifiers} end`,
        lastSeenAt: sql`greatest(${flags.lastSeenAt}, excluded.last_seen_at)`,
        evidenceWithdrawnAt: null,
        // A new tier has its own overdue mark, so its escalation contacts may be told again.
        overdueNotifiedAt: sql`case when excluded.tier > ${flags.tier} then null else ${flags.overdueNotifiedAt} end`,
      },
    })
    .returning();
  if (!flag) throw new Error('flag upsert returned no row');

  const added = await addEvidence(tx, flag.id, firing, now);
  const change: FlagChange = !live ? 'raised' : escalates ? 'escalated' : added > 0 ? 'evidence_added' : 'unchanged';
  if (change !== 'unchanged') {
    await tx.insert(flagEvents).values({
      flagId: flag.id,
      type: change,
      fromTier: live?.tier ?? null,
      toTier: flag.tier,
      at: now,
      note: change === 'raised' || change === 'escalated' ? firing.reason : null,
    });
  }
  if (change === 'raised' || change === 'escalated') {
    // Committed with the flag, or not at all (docs/notifications.md).
    await enqueueFlagEvent(tx, { flagId: flag.id, kind: `flag_${change}`, tier: flag.tier });
  }
  return { flag, change };
}

async function addEvidence(tx: Database, flagId: string, firing: Firing, now: Date): Promise<number> {
  const rows = firing.evidenceEntryIds.map((entryId, index) => ({
    flagId,
    entryId,
    nightOf: firing.evidenceNights[index] ?? '',
    addedAt: now,
  }));
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(flagEvidence)
    .values(rows)
    .onConflictDoNothing()
    .returning({ entryId: flagEvidence.entryId });
  return inserted.length;
}

/** Whether every evidence entry is already evidence of a flag (any status) for this rule. */
async function isAlreadyRecorded(tx: Database, patientId: string, firing: Firing): Promise<boolean> {
  if (firing.evidenceEntryIds.length === 0) return false;
  const recorded = await tx
    .selectDistinct({ entryId: flagEvidence.entryId })
    .from(flagEvidence)
    .innerJoin(flags, eq(flags.id, flagEvidence.flagId))
    .where(
      and(
        eq(flags.patientId, patientId),
        eq(flags.ruleId, firing.ruleId),
        inArray(flagEvidence.entryId, firing.evidenceEntryIds),
      ),
    );
  return recorded.length === new Set(firing.evidenceEntryIds).size;
}

/**
 * After an edit: live flags that cite this entry but whose rule no longer
 * fires are kept and marked "evidence withdrawn by patient" for a clinician.
 */
export async function markWithdrawnEvidence(
  tx: Database,
  options: { patientId: string; entryId: string; firedRuleIds: readonly string[]; now: Date },
): Promise<Flag[]> {
  const cited = await tx
    .select({ flag: flags })
    .from(flags)
    .innerJoin(flagEvidence, eq(flagEvidence.flagId, flags.id))
    .where(and(eq(flags.patientId, options.patientId), eq(flagEvidence.entryId, options.entryId), LIVE));
  const withdrawn = cited
    .map((row) => row.flag)
    .filter((flag) => !options.firedRuleIds.includes(flag.ruleId) && !flag.evidenceWithdrawnAt);
  for (const flag of withdrawn) {
    await tx.update(flags).set({ evidenceWithdrawnAt: options.now }).where(eq(flags.id, flag.id));
    await tx
      .insert(flagEvents)
      .values({ flagId: flag.id, type: 'evidence_withdrawn', at: options.now, note: 'Evidence withdrawn by patient' });
  }
  return withdrawn;
}
