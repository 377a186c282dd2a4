import type { RuleId } from './rule-ids';
import type { RuleCheck } from './rule-types';
import {
  checkCaudaEquina,
  checkChestOrBreathing,
  checkInfectedFootSore,
  checkLimbThreat,
  checkSuddenSevereSwelling,
} from './rules-emergency';
import { checkMedicineReview, checkRiskCondition } from './rules-routine';
import {
  checkBilateralCalfSigns,
  checkClaudication,
  checkNeuropathicPain,
  checkNumbness,
  checkSkinChanges,
} from './rules-soon';
import {
  checkDiabeticFootSore,
  checkFootWeakness,
  checkPossibleDvt,
  checkProlongedCramp,
  checkRestPain,
} from './rules-urgent';
import {
  checkPregnancyCramps,
  checkRecurrentNightPain,
  checkRestlessLegs,
  checkSevereOrWorseningPain,
} from './rules-window';

/** Each rule id's trigger. Typed as a full Record so a catalog id without a check fails to compile. */
export const RULE_CHECKS: Record<RuleId, RuleCheck> = {
  'emergency-chest-or-breathing': checkChestOrBreathing,
  'emergency-sudden-severe-swelling': checkSuddenSevereSwelling,
  'emergency-limb-threat': checkLimbThreat,
  'emergency-cauda-equina': checkCaudaEquina,
  'emergency-infected-foot-sore': checkInfectedFootSore,
  'urgent-possible-dvt': checkPossibleDvt,
  'urgent-rest-pain': checkRestPain,
  'urgent-prolonged-cramp': checkProlongedCramp,
  'urgent-foot-weakness': checkFootWeakness,
  'urgent-diabetic-foot-sore': checkDiabeticFootSore,
  'soon-bilateral-calf-signs': checkBilateralCalfSigns,
  'soon-claudication': checkClaudication,
  'soon-skin-changes': checkSkinChanges,
  'soon-numbness': checkNumbness,
  'soon-neuropathic-pain': checkNeuropathicPain,
  'soon-recurrent-night-pain': checkRecurrentNightPain,
  'soon-severe-or-worsening-pain': checkSevereOrWorseningPain,
  'routine-restless-legs': checkRestlessLegs,
  'routine-medicine-review': checkMedicineReview,
  'routine-risk-condition': checkRiskCondition,
  'routine-pregnancy-cramps': checkPregnancyCramps,
};
