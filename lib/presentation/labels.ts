import type { Role } from '../auth/permissions';
import type { Condition, Medicine, Pattern, Relief, Sex, Side, Symptom } from '../diary/codes';
import type { Tier } from '../rules';
import type { FlagHistoryEvent, FlagStatus, Trend } from '../views/types';

/**
 * The one label map: clinician-facing names for the contract's codes, shared by
 * the pages, the PDF report, the CSV/FHIR display text and the rules' firing
 * reasons. Exhaustive per code list so a new code cannot go unlabelled. (The
 * patient's own plain-words copy is components/diary/field-copy.ts.)
 */
export const PATTERN_LABELS: Record<Pattern, string> = {
  sudden_cramp: 'Sudden cramp',
  restless_urge: 'Restless urge to move',
  deep_ache_at_rest: 'Deep ache at rest',
  post_exercise_tightness: 'Tightness after exercise',
  nerve_burning_shooting: 'Burning or shooting (nerve)',
  swollen_hot_calf: 'Swollen, hot calf',
  pregnancy_cramp: 'Pregnancy cramp',
};

export const RELIEF_LABELS: Record<Relief, string> = {
  stretching: 'stretching',
  standing_walking: 'standing or walking',
  massage: 'massage',
  heat: 'heat',
  cold: 'cold',
  dangling_legs: 'dangling legs',
  moving_legs: 'moving legs',
  nothing_helped: 'nothing helped',
};

/** Lower-case, because firing reasons quote them mid-sentence (lib/rules/labels.ts). */
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

export const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not stated',
};

/** For a narrow table column (the PDF's entries table). */
export const SIDE_SHORT: Record<Side, string> = { left: 'Left', right: 'Right', both: 'Both', none: '—' };

export const ROLE_LABELS: Record<Role, string> = {
  patient: 'Patient',
  clinician: 'Clinician',
  admin: 'Administrator',
};

export const TIER_LABELS: Record<Tier, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  soon: 'Soon',
  routine: 'Routine',
};

export const STATUS_LABELS: Record<FlagStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export const TREND_LABELS: Record<Trend, string> = { rising: 'Rising', steady: 'Steady', falling: 'Falling' };

export const EVENT_LABELS: Record<FlagHistoryEvent['type'], string> = {
  raised: 'Raised',
  evidence_added: 'New evidence',
  escalated: 'Escalated',
  evidence_withdrawn: 'Evidence withdrawn by patient',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
  overdue_escalated: 'Overdue: escalation contacts notified',
};
