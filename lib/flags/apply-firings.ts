import { and, eq, inArray, sql } from 'drizzle-orm';
import { flagEvents, flagEvidence, flags, isLiveFlagSql, type Flag } from '@/db/schema';
import type { Database } from '@/db/types';
import { enqueueFlagEvent } from '../notify/flag-jobs';
import { isHigherTier, RULES_VERSION, type Firing, type Tier } from '../rules';

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
  /** The patient's live flags, when the caller read them already (saves read them with the write). */
  live?: readonly LiveFlagBrief[];
}

const LIVE = isLiveFlagSql(flags.status);

/** One live flag per patient and rule: a firing of a live flag's rule updates it (docs/rules.md). */
const UPSERT_LIVE = {
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
};

/** The row a firing inserts when its rule has no live flag yet (the upsert's insert side, both paths). */
function newFlagRow(patientId: string, firing: Firing, now: Date): typeof flags.$inferInsert {
  return {
    patientId,
    ruleId: firing.ruleId,
    tier: firing.tier,
    status: 'open',
    reason: firing.reason,
    modifiers: firing.modifiers,
    rulesVersion: RULES_VERSION,
    firstSeenAt: now,
    lastSeenAt: now,
  };
}

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
  if (firings.length === 0) return [];
  const distinctRules = new Set(firings.map((firing) => firing.ruleId)).size === firings.length;
  if (!options.reevaluation && distinctRules) return applyFiringsInBatches(tx, firings, options);
  const applied: AppliedFlag[] = [];
  for (const firing of firings) {
    const result = await applyFiring(tx, firing, options);
    if (result) applied.push(result);
  }
  return applied;
}

/** What a save needs to know of a live flag before applying firings. */
export interface LiveFlagBrief {
  id: string;
  ruleId: string;
  tier: Tier;
  /** Already marked "evidence withdrawn by patient". */
  withdrawn: boolean;
  /** Cites the night being saved. */
  citesEntry: boolean;
}

/**
 * The same effect as applying the firings one by one (each is for a different
 * rule, so none sees another's writes), in a fixed number of statements: the
 * live flags (unless given), one multi-row upsert, one evidence insert, one
 * event insert, and a job per raised or escalated flag when a queue is bound.
 */
async function applyFiringsInBatches(
  tx: Database,
  firings: readonly Firing[],
  options: ApplyOptions,
): Promise<AppliedFlag[]> {
  const { patientId, now } = options;
  const liveByRule = new Map((options.live ?? (await readLiveFlags(tx, patientId))).map((flag) => [flag.ruleId, flag]));
  const upserted = await tx
    .insert(flags)
    .values(firings.map((firing) => newFlagRow(patientId, firing, now)))
    .onConflictDoUpdate(UPSERT_LIVE)
    .returning();
  const byRule = new Map(upserted.map((flag) => [flag.ruleId, flag]));
  const flagOf = (firing: Firing): Flag => {
    const flag = byRule.get(firing.ruleId);
    if (!flag) throw new Error('flag upsert returned no row');
    return flag;
  };
  const evidence = firings.flatMap((firing) =>
    firing.evidenceEntryIds.map((entryId, index) => ({
      flagId: flagOf(firing).id,
      entryId,
      nightOf: firing.evidenceNights[index] ?? '',
      addedAt: now,
    })),
  );
  const added = new Map<string, number>();
  if (evidence.length > 0) {
    const inserted = await tx
      .insert(flagEvidence)
      .values(evidence)
      .onConflictDoNothing()
      .returning({ flagId: flagEvidence.flagId });
    for (const { flagId } of inserted) added.set(flagId, (added.get(flagId) ?? 0) + 1);
  }
  const applied = firings.map((firing): AppliedFlag & { firing: Firing; fromTier: Tier | null } => {
    const flag = flagOf(firing);
    const live = liveByRule.get(firing.ruleId);
    const change: FlagChange = !live
      ? 'raised'
      : isHigherTier(firing.tier, live.tier)
        ? 'escalated'
        : (added.get(flag.id) ?? 0) > 0
          ? 'evidence_added'
          : 'unchanged';
    return { flag, change, firing, fromTier: live?.tier ?? null };
  });
  const events = applied
    .filter(({ change }) => change !== 'unchanged')
    .map(({ flag, change, firing, fromTier }) => ({
      flagId: flag.id,
      type: change as Exclude<FlagChange, 'unchanged'>,
      fromTier,
      toTier: flag.tier,
      at: now,
      note: change === 'raised' || change === 'escalated' ? firing.reason : null,
    }));
  if (events.length > 0) await tx.insert(flagEvents).values(events);
  for (const { flag, change } of applied) {
    if (change === 'raised' || change === 'escalated') {
      // Committed with the flag, or not at all (docs/notifications.md).
      await enqueueFlagEvent(tx, { flagId: flag.id, kind: `flag_${change}`, tier: flag.tier });
    }
  }
  return applied.map(({ flag, change }) => ({ flag, change }));
}

async function readLiveFlags(tx: Database, patientId: string): Promise<LiveFlagBrief[]> {
  const rows = await tx
    .select({ id: flags.id, ruleId: flags.ruleId, tier: flags.tier, withdrawnAt: flags.evidenceWithdrawnAt })
    .from(flags)
    .where(and(eq(flags.patientId, patientId), LIVE));
  return rows.map((row) => ({ ...row, withdrawn: row.withdrawnAt !== null, citesEntry: false }));
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
    .values(newFlagRow(patientId, firing, now))
    .onConflictDoUpdate(UPSERT_LIVE)
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
 * After an edit: live flags that cited the night but whose rule no longer
 * fires are kept and marked "evidence withdrawn by patient" for a clinician,
 * with an event each, in one statement.
 */
export async function withdrawEvidence(tx: Database, withdrawn: readonly { id: string }[], now: Date): Promise<void> {
  if (withdrawn.length === 0) return;
  const ids = withdrawn.map((flag) => flag.id);
  await tx.execute(sql`
    with marked as (
      update flags set evidence_withdrawn_at = ${now.toISOString()}::timestamptz
      where ${inArray(flags.id, ids)}
      returning id
    )
    insert into flag_events (flag_id, type, at, note)
    select id, 'evidence_withdrawn', ${now.toISOString()}::timestamptz, 'Evidence withdrawn by patient' from marked`);
}
