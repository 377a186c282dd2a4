import type { Condition } from '../diary/codes';
import type { NightContext } from './context';
import { CONDITION_LABELS, SIDE_LABELS } from '../presentation/labels';
import { describeCalfSigns, joinList } from './labels';
import { hasCalfSigns, hasCondition, hasSymptom, isNotBothSides } from './predicates';
import type { RuleCheck } from './rule-types';

const DVT_RISK_CONDITIONS = ['previous_clot', 'active_cancer'] as const satisfies readonly Condition[];

/** The patient-reportable DVT risk items present on night N, as labels. */
function dvtRiskItems({ profile, entry, isPregnant }: NightContext): string[] {
  const items: string[] = DVT_RISK_CONDITIONS.filter((c) => hasCondition(profile, c)).map((c) => CONDITION_LABELS[c]);
  if (isPregnant) items.push('pregnancy');
  if (entry.recent_surgery_or_bedrest) items.push('recent surgery or bed rest');
  return items;
}

/**
 * `urgent-possible-dvt`: calf signs, not on both sides. Risk items only go into
 * the reason: the rule is already urgent, and emergency needs other symptoms.
 */
export const checkPossibleDvt: RuleCheck = (ctx) => {
  const { entry } = ctx;
  if (!hasCalfSigns(entry) || !isNotBothSides(entry)) return null;
  const risks = dvtRiskItems(ctx);
  const riskText = risks.length > 0 ? `DVT risk items: ${joinList(risks)}` : 'no DVT risk items reported';
  return { reason: `${describeCalfSigns(entry)}; ${riskText}` };
};

/** `urgent-rest-pain`: worse lying flat, and eased by dangling the legs or a deep ache at rest. */
export const checkRestPain: RuleCheck = ({ entry }) => {
  if (!hasSymptom(entry, 'worse_lying_flat')) return null;
  const details: string[] = [];
  if (entry.relief.includes('dangling_legs')) details.push('eased by dangling the legs');
  if (entry.patterns.includes('deep_ache_at_rest')) details.push('deep ache at rest');
  if (details.length === 0) return null;
  return { reason: `Pain worse lying flat, ${joinList(details)}` };
};

/** Minutes a cramp must exceed (strictly) to count as prolonged. */
export const PROLONGED_CRAMP_MINUTES = 10;

/** `urgent-prolonged-cramp`: longest episode over 10 minutes and nothing helped. */
export const checkProlongedCramp: RuleCheck = ({ entry }) => {
  if (entry.longest_episode_minutes <= PROLONGED_CRAMP_MINUTES) return null;
  if (!entry.relief.includes('nothing_helped')) return null;
  return { reason: `Longest cramp ${entry.longest_episode_minutes} min and nothing helped` };
};

/** `urgent-foot-weakness`: weakness or trouble moving the foot. */
export const checkFootWeakness: RuleCheck = ({ entry }) => {
  if (!hasSymptom(entry, 'foot_weakness')) return null;
  return { reason: `Weakness or trouble moving the foot (${SIDE_LABELS[entry.side]})` };
};

/**
 * `urgent-diabetic-foot-sore`: a slow-healing sore with diabetes. Skipped when
 * there is also fever, because `emergency-infected-foot-sore` covers that night.
 */
export const checkDiabeticFootSore: RuleCheck = ({ entry, profile }) => {
  if (!hasSymptom(entry, 'slow_healing_sores') || !hasCondition(profile, 'diabetes')) return null;
  if (hasSymptom(entry, 'fever')) return null;
  return { reason: 'Slow-healing sore in a patient with diabetes' };
};
