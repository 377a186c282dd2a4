import 'server-only';
import { and, count, eq, gte, inArray, isNotNull, min, sql } from 'drizzle-orm';
import { flagEvents, flags } from '@/db/schema';
import type { Database } from '@/db/types';
import { RULE_CATALOG, RULE_IDS, isRuleId, type Tier } from '../rules';
import { assertCan, type Actor } from './actor';

/** How one rule's flags have fared (README.md: /admin/rules shows which rules lead to action). */
export interface RuleStat {
  rule_id: string;
  title: string;
  /** The catalog's base tier; null for a rule no longer in the catalog. */
  tier: Tier | null;
  raised: number;
  /** Flags a clinician acknowledged, or resolved without acknowledging first. */
  acknowledged: number;
  resolved: number;
  /** Flags still waiting for a clinician (status open). */
  awaiting: number;
  /** Median seconds from a flag being raised to a clinician's first action on it; null when none yet. */
  median_seconds_to_acknowledge: number | null;
}

/**
 * Per-rule counts for flags first raised since `since` (all time without it),
 * computed in SQL. Every catalog rule is listed, in catalog order, even with
 * no flags; rules retired from the catalog follow at the end.
 */
export async function getRuleStats(db: Database, actor: Actor, options: { since?: Date } = {}): Promise<RuleStat[]> {
  assertCan(actor, 'rules:stats');
  // A clinician's first acknowledgement or resolution of each flag.
  const firstAction = db
    .select({ flagId: flagEvents.flagId, at: min(flagEvents.at).as('first_action_at') })
    .from(flagEvents)
    .where(and(inArray(flagEvents.type, ['acknowledged', 'resolved']), isNotNull(flagEvents.actorUserId)))
    .groupBy(flagEvents.flagId)
    .as('first_action');
  const rows = await db
    .select({
      ruleId: flags.ruleId,
      raised: count(),
      acknowledged: count(firstAction.at),
      resolved: sql<number>`count(*) filter (where ${flags.status} = 'resolved')`.mapWith(Number),
      awaiting: sql<number>`count(*) filter (where ${flags.status} = 'open')`.mapWith(Number),
      median: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from (${firstAction.at} - ${flags.firstSeenAt}))::double precision)`.mapWith(
        Number,
      ),
    })
    .from(flags)
    .leftJoin(firstAction, eq(firstAction.flagId, flags.id))
    .where(options.since ? gte(flags.firstSeenAt, options.since) : undefined)
    .groupBy(flags.ruleId);

  const byRule = new Map(rows.map((row) => [row.ruleId, row]));
  const retired = rows
    .map((row) => row.ruleId)
    .filter((ruleId) => !isRuleId(ruleId))
    .sort();
  return [...RULE_IDS, ...retired].map((ruleId) => {
    const row = byRule.get(ruleId);
    const info = isRuleId(ruleId) ? RULE_CATALOG[ruleId] : null;
    return {
      rule_id: ruleId,
      title: info?.title ?? ruleId,
      tier: info?.baseTier ?? null,
      raised: row?.raised ?? 0,
      acknowledged: row?.acknowledged ?? 0,
      resolved: row?.resolved ?? 0,
      awaiting: row?.awaiting ?? 0,
      median_seconds_to_acknowledge: row?.median ?? null,
    };
  });
}
