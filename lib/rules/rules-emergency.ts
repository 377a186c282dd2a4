import type { Symptom } from '../diary/codes';
import { SIDE_LABELS, SYMPTOM_LABELS } from '../presentation/labels';
import { capitalize, joinList } from './labels';
import { hasSymptom } from './predicates';
import type { RuleCheck } from './rule-types';

const CHEST_OR_BREATHING = [
  'chest_pain',
  'breathlessness',
  'coughing_blood',
  'fainting',
] as const satisfies readonly Symptom[];

/** `emergency-chest-or-breathing`: any of chest pain, breathlessness, coughing blood, fainting. */
export const checkChestOrBreathing: RuleCheck = ({ entry }) => {
  const present = CHEST_OR_BREATHING.filter((s) => hasSymptom(entry, s));
  if (present.length === 0) return null;
  return { reason: `Reported ${joinList(present.map((s) => SYMPTOM_LABELS[s]))}` };
};

/** `emergency-sudden-severe-swelling`: sudden severe pain together with calf swelling. */
export const checkSuddenSevereSwelling: RuleCheck = ({ entry }) => {
  if (!hasSymptom(entry, 'sudden_severe_pain') || !hasSymptom(entry, 'calf_swelling')) return null;
  return { reason: `Sudden severe pain with calf swelling (${SIDE_LABELS[entry.side]})` };
};

/** `emergency-limb-threat`: leg cold, pale or blue. */
export const checkLimbThreat: RuleCheck = ({ entry }) => {
  if (!hasSymptom(entry, 'leg_cold_pale_blue')) return null;
  return { reason: `${capitalize(SYMPTOM_LABELS.leg_cold_pale_blue)} (${SIDE_LABELS[entry.side]})` };
};

/** `emergency-cauda-equina`: saddle numbness or bladder change. */
export const checkCaudaEquina: RuleCheck = ({ entry }) => {
  if (!hasSymptom(entry, 'saddle_numbness_or_bladder_change')) return null;
  return { reason: 'Reported saddle numbness or a change in bladder function' };
};

/** `emergency-infected-foot-sore`: a slow-healing sore with fever. */
export const checkInfectedFootSore: RuleCheck = ({ entry }) => {
  if (!hasSymptom(entry, 'slow_healing_sores') || !hasSymptom(entry, 'fever')) return null;
  return { reason: 'Slow-healing sore with fever' };
};
