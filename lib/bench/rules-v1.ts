/**
 * Rules version 1 of `soon-severe-or-worsening-pain`, kept only to measure and
 * test the change to version 2 (docs/rule-versions.md). The live engine never
 * runs it: pass RULE_CHECKS_V1 to evaluateNight explicitly.
 */
import type { NightContext } from '../rules/context';
import type { RuleId } from '../rules/rule-ids';
import type { RuleCheck, RuleMatch } from '../rules/rule-types';
import { RULE_CHECKS } from '../rules/rules';
import { WORSENING_MARGIN, anyBranch, checkSevereNights } from '../rules/rules-window';
import { median } from '../rules/stats';

/** The catalog version that ran this wording; flags it raised still carry it. */
export const RULES_V1_VERSION = '2026-11-26.1';

/** Entries (of any kind) version 1 needed in the 7 nights before. */
const V1_BASELINE_MIN_ENTRIES = 3;

/**
 * Version-1 branch 2: worst_pain on N at least 3 above the median of every entry
 * in the 7 nights before (pain-free nights count as 0), with at least 3 entries.
 */
function checkWorseningPainV1({ entry, sevenBefore }: NightContext): RuleMatch | null {
  if (sevenBefore.length < V1_BASELINE_MIN_ENTRIES) return null;
  const baseline = median(sevenBefore.map((e) => e.worst_pain));
  if (baseline === null || entry.worst_pain < baseline + WORSENING_MARGIN) return null;
  return {
    reason:
      `Worst pain ${entry.worst_pain} on ${entry.night_of}, up from a median of ${baseline} ` +
      `over ${sevenBefore.length} entries in the 7 nights before`,
    evidence: sevenBefore,
  };
}

/** `soon-severe-or-worsening-pain` as version 1 worded it. */
export const checkSevereOrWorseningPainV1: RuleCheck = anyBranch(checkSevereNights, checkWorseningPainV1);

/** The whole catalog as it stood at version 1: only this rule differs from today's. */
export const RULE_CHECKS_V1: Readonly<Record<RuleId, RuleCheck>> = {
  ...RULE_CHECKS,
  'soon-severe-or-worsening-pain': checkSevereOrWorseningPainV1,
};
