import type { RuleId } from './rule-ids';
import { CALF_SIGN_SYMPTOMS, CRAMP_LISTED_MEDICINES, RISK_CONDITIONS } from './predicates';
import {
  BASELINE_MIN_PAIN_NIGHTS,
  PREGNANCY_PAIN_NIGHTS,
  RECURRENT_PAIN_NIGHTS,
  RESTLESS_NIGHTS,
  SEVERE_PAIN,
  SEVERE_PAIN_NIGHTS,
  WORSENING_MARGIN,
} from './rules-window';
import { PROLONGED_CRAMP_MINUTES } from './rules-urgent';
import type { Tier } from './tiers';

export { RULES_VERSION, RULE_IDS, isRuleId, catalogIndex } from './rule-ids';
export type { RuleId } from './rule-ids';

/** What the catalog says about one rule. */
export interface RuleInfo {
  /** Tier when no risk modifier applies. */
  baseTier: Tier;
  /** Tier when a risk modifier applies (e.g. soon → urgent); absent for rules without modifiers. */
  raisedTier?: Tier;
  /** Short clinician-facing name for worklists. */
  title: string;
  /**
   * When the rule fires, in plain clinical words with the contract's field codes
   * in backticks; night N is the entry being evaluated (docs/rules.md is generated from it).
   */
  trigger: string;
  /** What raises the tier to `raisedTier`; present exactly when `raisedTier` is. */
  raisedBy?: string;
  /** Why it matters, in clinical words (never shown to the patient). */
  clinicianReason: string;
  /**
   * One plain sentence for the patient (reading age about 11): what they reported,
   * never a diagnosis.
   */
  patientHint: string;
}

/** Field codes as a prose list: "`a`, `b` or `c`". */
function codes(list: readonly string[]): string {
  const quoted = list.map((code) => `\`${code}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** The rule catalog (docs/rules.md is generated from it), exhaustive over rule ids. */
export const RULE_CATALOG: Record<RuleId, RuleInfo> = {
  'emergency-chest-or-breathing': {
    baseTier: 'emergency',
    title: 'Chest or breathing symptoms',
    trigger: 'Night N reports any of `chest_pain`, `breathlessness`, `coughing_blood` or `fainting`.',
    clinicianReason: 'Possible pulmonary embolism.',
    patientHint: 'You told us about chest pain, trouble breathing, coughing up blood or fainting.',
  },
  'emergency-sudden-severe-swelling': {
    baseTier: 'emergency',
    title: 'Sudden severe pain with calf swelling',
    trigger: 'Night N reports `sudden_severe_pain` and `calf_swelling` together.',
    clinicianReason: 'Possible extensive deep vein thrombosis or compartment syndrome.',
    patientHint: 'You told us about sudden, very bad pain and a swollen calf.',
  },
  'emergency-limb-threat': {
    baseTier: 'emergency',
    title: 'Cold, pale or blue leg',
    trigger: 'Night N reports `leg_cold_pale_blue`.',
    clinicianReason: 'Possible acute limb ischaemia.',
    patientHint: 'You told us your leg is cold, pale or blue.',
  },
  'emergency-cauda-equina': {
    baseTier: 'emergency',
    title: 'Saddle numbness or bladder change',
    trigger: 'Night N reports `saddle_numbness_or_bladder_change`.',
    clinicianReason: 'Possible cauda equina compression.',
    patientHint: 'You told us about numbness around your bottom or groin, or a change in how you pee.',
  },
  'emergency-infected-foot-sore': {
    baseTier: 'emergency',
    title: 'Slow-healing sore with fever',
    trigger: 'Night N reports `slow_healing_sores` together with `fever`.',
    clinicianReason: 'Possible infected ulcer or sepsis.',
    patientHint: 'You told us you have a sore that is slow to heal and a fever.',
  },
  'urgent-possible-dvt': {
    baseTier: 'urgent',
    title: 'One-sided calf signs',
    trigger:
      `Night N reports a calf sign (${codes(CALF_SIGN_SYMPTOMS)} or the pattern \`swollen_hot_calf\`) and ` +
      '`side` is not `both` (no side given counts as one side). The reason names the clot risk items the patient ' +
      'can report (previous clot, active cancer, pregnancy, `recent_surgery_or_bedrest`); they do not change the tier.',
    clinicianReason: 'Possible deep vein thrombosis; assess with the reported risk factors.',
    patientHint: 'You told us about swelling, warmth, redness or soreness in your calf.',
  },
  'urgent-rest-pain': {
    baseTier: 'urgent',
    title: 'Rest pain',
    trigger:
      'Night N reports `worse_lying_flat` and either the relief `dangling_legs` or the pattern `deep_ache_at_rest`.',
    clinicianReason: 'Possible critical limb ischaemia (ischaemic rest pain).',
    patientHint: 'You told us your leg hurts more when you lie flat, even while resting.',
  },
  'urgent-prolonged-cramp': {
    baseTier: 'urgent',
    title: 'Prolonged cramp',
    trigger: `On night N \`longest_episode_minutes\` is over ${PROLONGED_CRAMP_MINUTES} and the relief is \`nothing_helped\`.`,
    clinicianReason: 'Cramp lasting over 10 minutes that did not ease.',
    patientHint: 'You told us a cramp lasted more than 10 minutes and nothing helped.',
  },
  'urgent-foot-weakness': {
    baseTier: 'urgent',
    title: 'Foot weakness',
    trigger: 'Night N reports `foot_weakness`.',
    clinicianReason: 'New weakness or difficulty moving the foot (motor deficit).',
    patientHint: 'You told us your foot feels weak or is hard to move.',
  },
  'urgent-diabetic-foot-sore': {
    baseTier: 'urgent',
    title: 'Diabetic foot sore',
    trigger:
      'Night N reports `slow_healing_sores`, the profile lists `diabetes`, and there is no `fever` ' +
      '(with a fever, `emergency-infected-foot-sore` takes the night).',
    clinicianReason: 'Diabetic foot problem: review within one working day.',
    patientHint: 'You told us you have a sore that is slow to heal, and you have diabetes.',
  },
  'soon-bilateral-calf-signs': {
    baseTier: 'soon',
    title: 'Calf signs on both sides',
    trigger: 'Night N reports a calf sign with `side` = `both`.',
    clinicianReason: 'Bilateral calf swelling or redness: review.',
    patientHint: 'You told us about swelling, warmth, redness or soreness in both calves.',
  },
  'soon-claudication': {
    baseTier: 'soon',
    raisedTier: 'urgent',
    title: 'Claudication',
    trigger: 'Night N reports `pain_walking_eases_rest`.',
    raisedBy: `any risk condition on the profile (${codes(RISK_CONDITIONS)}).`,
    clinicianReason: 'Claudication pattern: peripheral artery disease work-up.',
    patientHint: 'You told us your calf hurts when you walk and gets better when you rest.',
  },
  'soon-skin-changes': {
    baseTier: 'soon',
    raisedTier: 'urgent',
    title: 'Skin or sore changes',
    trigger:
      'Night N reports `skin_changes`, or `slow_healing_sores` in a patient without `diabetes` ' +
      '(with diabetes the sore belongs to `urgent-diabetic-foot-sore`).',
    raisedBy: '`artery_disease` on the profile.',
    clinicianReason: 'Skin or sore changes suggesting poor circulation.',
    patientHint: 'You told us about changes to the skin on your leg or a sore that is slow to heal.',
  },
  'soon-numbness': {
    baseTier: 'soon',
    title: 'Numbness or tingling',
    trigger:
      'Night N reports `numbness` or `tingling` without `foot_weakness` (with it, `urgent-foot-weakness` fires instead).',
    clinicianReason: 'Sensory nerve symptoms.',
    patientHint: 'You told us about numbness or tingling in your leg or foot.',
  },
  'soon-neuropathic-pain': {
    baseTier: 'soon',
    title: 'Neuropathic pain',
    trigger: 'Night N has the pattern `nerve_burning_shooting` and the profile lists `diabetes` or `back_problems`.',
    clinicianReason: 'Burning or shooting pain: neuropathy or radiculopathy review.',
    patientHint: 'You told us about burning or shooting pain in your leg.',
  },
  'soon-recurrent-night-pain': {
    baseTier: 'soon',
    title: 'Recurrent night pain',
    trigger:
      `At least ${RECURRENT_PAIN_NIGHTS} pain nights in the last 7 nights and at least ${RECURRENT_PAIN_NIGHTS} ` +
      'in the 7 nights before. Judged over the two windows, so a quiet night N can fire it too.',
    clinicianReason: 'Night pain recurring several times a week for two weeks.',
    patientHint: 'You have had calf pain on several nights a week for two weeks.',
  },
  'soon-severe-or-worsening-pain': {
    baseTier: 'soon',
    title: 'Severe or worsening pain',
    trigger:
      `Either \`worst_pain\` ${SEVERE_PAIN} or more on at least ${SEVERE_PAIN_NIGHTS} of the last 7 nights, ` +
      `or night N's \`worst_pain\` at least ${WORSENING_MARGIN} above the median \`worst_pain\` of the pain ` +
      `nights in the 7 nights before, when there are at least ${BASELINE_MIN_PAIN_NIGHTS} of them. Pain-free ` +
      'entries are left out of that median, so a quiet week does not make a moderate night look like worsening ' +
      '(rules version 2).',
    clinicianReason: 'Severe night pain, or pain well above the patient’s recent baseline.',
    patientHint: 'Your calf pain has been very bad, or it is getting worse.',
  },
  'routine-restless-legs': {
    baseTier: 'routine',
    raisedTier: 'soon',
    title: 'Restless legs',
    trigger:
      `The pattern \`restless_urge\` on at least ${RESTLESS_NIGHTS} of the last 7 nights and at least ` +
      `${RESTLESS_NIGHTS} of the 7 nights before.`,
    raisedBy: '`kidney_disease` or `iron_deficiency` on the profile, or pregnancy on night N.',
    clinicianReason: 'Restless-legs pattern: consider iron studies, kidney function and medicines.',
    patientHint: 'You have had an urge to move your legs on several nights.',
  },
  'routine-medicine-review': {
    baseTier: 'routine',
    title: 'Medicine review',
    trigger:
      `Night N is a pain night and the profile lists a cramp-listed medicine (${codes(CRAMP_LISTED_MEDICINES)}), ` +
      'or the entry says `new_medicine`.',
    clinicianReason: 'Night calf pain while on a medicine that can cause cramps.',
    patientHint: 'You had calf pain at night, and some medicines can cause cramps.',
  },
  'routine-risk-condition': {
    baseTier: 'routine',
    title: 'Night pain with a risk condition',
    trigger: `Night N is a pain night and the profile lists a risk condition (${codes(RISK_CONDITIONS)}).`,
    clinicianReason: 'Night calf pain with diabetes, kidney or artery disease: discuss.',
    patientHint: 'You had calf pain at night, and you have a health condition your clinic keeps an eye on.',
  },
  'routine-pregnancy-cramps': {
    baseTier: 'routine',
    title: 'Pregnancy cramps',
    trigger: `Pregnant on night N (a due date after N) and at least ${PREGNANCY_PAIN_NIGHTS} pain nights in the last 7.`,
    clinicianReason: 'Pregnancy-related cramps: advise stretching, review minerals.',
    patientHint: 'You have had calf pain on several nights while pregnant.',
  },
};
