import { CONDITION_LABELS, MEDICINE_LABELS } from '../presentation/labels';
import { joinList } from './labels';
import { crampListedMedicinesOf, isPainNight, riskConditionsOf } from './predicates';
import type { RuleCheck } from './rule-types';

/** `routine-medicine-review`: a pain night while on a cramp-listed medicine, or with a new medicine. */
export const checkMedicineReview: RuleCheck = ({ entry, profile }) => {
  if (!isPainNight(entry)) return null;
  const reasons: string[] = [];
  const medicines = crampListedMedicinesOf(profile);
  if (medicines.length > 0) {
    reasons.push(`taking ${joinList(medicines.map((m) => MEDICINE_LABELS[m]))}`);
  }
  if (entry.new_medicine) reasons.push('a new medicine started');
  if (reasons.length === 0) return null;
  return { reason: `Pain night with ${joinList(reasons)}` };
};

/** `routine-risk-condition`: a pain night in a patient with diabetes, kidney or artery disease. */
export const checkRiskCondition: RuleCheck = ({ entry, profile }) => {
  if (!isPainNight(entry)) return null;
  const conditions = riskConditionsOf(profile);
  if (conditions.length === 0) return null;
  return { reason: `Pain night in a patient with ${joinList(conditions.map((c) => CONDITION_LABELS[c]))}` };
};
