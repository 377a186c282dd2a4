import type { DiaryEntry, PatientProfile } from '../diary/types';
import { RULE_CATALOG } from './catalog';
import { type NightContext, buildNightContext } from './context';
import { compareNights } from './nights';
import { RULE_IDS, type RuleId, catalogIndex } from './rule-ids';
import type { RuleCheck, RuleMatch } from './rule-types';
import { RULE_CHECKS } from './rules';
import { type Tier, tierRank } from './tiers';

/** What the engine needs to evaluate one night. */
export interface RuleInput {
  profile: PatientProfile;
  /** The entry being evaluated: night N. */
  entry: DiaryEntry;
  /**
   * The patient's entries (any order, may include nights outside N−13 … N and may
   * include `entry` itself, which is de-duplicated by night — `entry` wins); the
   * engine picks the windows it needs.
   */
  entries: readonly DiaryEntry[];
}

/** One rule firing for night N. */
export interface Firing {
  ruleId: RuleId;
  /** Tier after risk modifiers. */
  tier: Tier;
  /** The catalog tier before modifiers. */
  baseTier: Tier;
  /** Plain-language clinician reason with the specifics, e.g. "Longest cramp 15 min and nothing helped". */
  reason: string;
  /** Evidence nights, `YYYY-MM-DD`, ascending; always includes N. */
  evidenceNights: string[];
  /** Ids of the evidence entries, in the same order as `evidenceNights`. */
  evidenceEntryIds: string[];
  /** Codes of the risk modifiers that raised the tier, e.g. `['artery_disease']`; empty if none. */
  modifiers: string[];
}

/** Night N's entry plus the rule's own evidence, one per night, ascending. */
function collectEvidence(ctx: NightContext, match: RuleMatch): DiaryEntry[] {
  const byNight = new Map<string, DiaryEntry>();
  for (const e of match.evidence ?? []) byNight.set(e.night_of, e);
  byNight.set(ctx.night, ctx.entry);
  return [...byNight.values()].sort((a, b) => compareNights(a.night_of, b.night_of));
}

function toFiring(ruleId: RuleId, ctx: NightContext, match: RuleMatch): Firing {
  const { baseTier, raisedTier } = RULE_CATALOG[ruleId];
  const modifiers = [...(match.modifiers ?? [])];
  const tier = modifiers.length > 0 && raisedTier ? raisedTier : baseTier;
  const evidence = collectEvidence(ctx, match);
  return {
    ruleId,
    tier,
    baseTier,
    reason: match.reason,
    evidenceNights: evidence.map((e) => e.night_of),
    evidenceEntryIds: evidence.map((e) => e.id),
    modifiers,
  };
}

function compareFirings(a: Firing, b: Firing): number {
  return tierRank(b.tier) - tierRank(a.tier) || catalogIndex(a.ruleId) - catalogIndex(b.ruleId);
}

/**
 * Runs every catalog rule for night N (`input.entry.night_of`) and returns the
 * firings, highest tier first, then in catalog order. Pure: the result depends
 * only on the input, so re-running it on the same data gives the same flags.
 * `checks` defaults to the current catalog; only measurements of an earlier
 * catalog version pass their own (lib/bench/rules-v1.ts, docs/rule-versions.md).
 * @throws RangeError when the entry's `night_of` is not a valid `YYYY-MM-DD` date.
 */
export function evaluateNight(
  input: RuleInput,
  checks: Readonly<Record<RuleId, RuleCheck>> = RULE_CHECKS,
): Firing[] {
  const ctx = buildNightContext(input.profile, input.entry, input.entries);
  const firings: Firing[] = [];
  for (const ruleId of RULE_IDS) {
    const match = checks[ruleId](ctx);
    if (match) firings.push(toFiring(ruleId, ctx, match));
  }
  return firings.sort(compareFirings);
}
