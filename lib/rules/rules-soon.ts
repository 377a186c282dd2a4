import type { Condition } from '../diary/codes';
import { CONDITION_LABELS, SIDE_LABELS, SYMPTOM_LABELS } from '../presentation/labels';
import { capitalize, describeCalfSigns, describeRaisedBy, joinList } from './labels';
import { hasCalfSigns, hasCondition, hasSymptom, riskConditionsOf } from './predicates';
import type { RuleCheck } from './rule-types';

/** `soon-bilateral-calf-signs`: calf signs with side `both`. */
export const checkBilateralCalfSigns: RuleCheck = ({ entry }) => {
  if (!hasCalfSigns(entry) || entry.side !== 'both') return null;
  return { reason: describeCalfSigns(entry) };
};

/** `soon-claudication`: pain on walking that eases with rest; urgent with any risk condition. */
export const checkClaudication: RuleCheck = ({ entry, profile }) => {
  if (!hasSymptom(entry, 'pain_walking_eases_rest')) return null;
  const modifiers = riskConditionsOf(profile);
  return {
    reason: `${capitalize(SYMPTOM_LABELS.pain_walking_eases_rest)}${describeRaisedBy(modifiers)}`,
    modifiers,
  };
};

/**
 * `soon-skin-changes`: skin changes, or a slow-healing sore without diabetes
 * (with diabetes the sore is `urgent-diabetic-foot-sore`'s). Urgent with artery disease.
 */
export const checkSkinChanges: RuleCheck = ({ entry, profile }) => {
  const findings: string[] = [];
  if (hasSymptom(entry, 'skin_changes')) findings.push(SYMPTOM_LABELS.skin_changes);
  if (hasSymptom(entry, 'slow_healing_sores') && !hasCondition(profile, 'diabetes')) {
    findings.push(SYMPTOM_LABELS.slow_healing_sores);
  }
  if (findings.length === 0) return null;
  const modifiers: Condition[] = hasCondition(profile, 'artery_disease') ? ['artery_disease'] : [];
  return { reason: `${capitalize(joinList(findings))}${describeRaisedBy(modifiers)}`, modifiers };
};

/** `soon-numbness`: numbness or tingling, unless foot weakness (then the urgent rule speaks). */
export const checkNumbness: RuleCheck = ({ entry }) => {
  if (hasSymptom(entry, 'foot_weakness')) return null;
  const present = (['numbness', 'tingling'] as const).filter((s) => hasSymptom(entry, s));
  if (present.length === 0) return null;
  return { reason: `${capitalize(joinList(present))} (${SIDE_LABELS[entry.side]})` };
};

const NEUROPATHY_CONDITIONS = ['diabetes', 'back_problems'] as const satisfies readonly Condition[];

/** `soon-neuropathic-pain`: burning or shooting pain in a patient with diabetes or back problems. */
export const checkNeuropathicPain: RuleCheck = ({ entry, profile }) => {
  if (!entry.patterns.includes('nerve_burning_shooting')) return null;
  const conditions = NEUROPATHY_CONDITIONS.filter((c) => hasCondition(profile, c));
  if (conditions.length === 0) return null;
  const labels = conditions.map((c) => CONDITION_LABELS[c]);
  return { reason: `Burning or shooting nerve pain in a patient with ${joinList(labels)}` };
};
