import type { Condition, Medicine, Side, Symptom } from '../diary/codes';
import type { DiaryEntry } from '../diary/types';
import { type CalfSign, type RiskModifier, calfSignsOf } from './predicates';

/**
 * Plain clinician-facing labels for the codes quoted in firing reasons.
 * Exhaustive per code list so a new code cannot reach a reason unlabelled.
 */
export const SYMPTOM_LABELS: Record<Symptom, string> = {
  calf_swelling: 'calf swelling',
  calf_warmth: 'calf warmth',
  calf_redness: 'calf redness',
  calf_tenderness: 'calf tenderness',
  chest_pain: 'chest pain',
  breathlessness: 'breathlessness',
  coughing_blood: 'coughing blood',
  fainting: 'fainting',
  sudden_severe_pain: 'sudden severe pain',
  leg_cold_pale_blue: 'leg cold, pale or blue',
  numbness: 'numbness',
  tingling: 'tingling',
  foot_weakness: 'foot weakness',
  saddle_numbness_or_bladder_change: 'saddle numbness or bladder change',
  pain_walking_eases_rest: 'pain on walking that eases with rest',
  slow_healing_sores: 'slow-healing sore',
  fever: 'fever',
  skin_changes: 'skin changes',
  worse_lying_flat: 'worse lying flat',
};

export const CONDITION_LABELS: Record<Condition, string> = {
  diabetes: 'diabetes',
  kidney_disease: 'kidney disease',
  artery_disease: 'artery disease',
  back_problems: 'back problems',
  iron_deficiency: 'iron deficiency',
  previous_clot: 'previous clot',
  active_cancer: 'active cancer',
};

export const MEDICINE_LABELS: Record<Medicine, string> = {
  diuretic: 'diuretic',
  asthma_beta_agonist: 'asthma beta-agonist',
  statin: 'statin',
  calcium_channel_blocker: 'calcium channel blocker',
  other: 'other medicine',
};

export const SIDE_LABELS: Record<Side, string> = {
  left: 'left side',
  right: 'right side',
  both: 'both sides',
  none: 'side not given',
};

const CALF_SIGN_LABELS: Record<CalfSign, string> = {
  calf_swelling: 'swelling',
  calf_warmth: 'warmth',
  calf_redness: 'redness',
  calf_tenderness: 'tenderness',
  swollen_hot_calf: 'swollen hot calf',
};

/** Calf signs as prose for a reason, e.g. "Calf swelling and warmth (left side)". */
export function describeCalfSigns(entry: DiaryEntry): string {
  const signs = calfSignsOf(entry).map((s) => CALF_SIGN_LABELS[s]);
  return `Calf ${joinList(signs)} (${SIDE_LABELS[entry.side]})`;
}

/** Suffix naming the risk modifiers that raised a tier ("; raised by diabetes"), or nothing. */
export function describeRaisedBy(modifiers: readonly RiskModifier[]): string {
  if (modifiers.length === 0) return '';
  const labels = modifiers.map((m) => (m === 'pregnancy' ? 'pregnancy' : CONDITION_LABELS[m]));
  return `; raised by ${joinList(labels)}`;
}

/** Joins words as prose: "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Upper-cases the first letter, for labels that open a reason. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
