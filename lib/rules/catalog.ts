import type { RuleId } from './rule-ids';
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
  /** Why it matters, in clinical words (never shown to the patient). */
  clinicianReason: string;
  /**
   * One plain sentence for the patient (reading age about 11): what they reported,
   * never a diagnosis.
   */
  patientHint: string;
}

/** The rule catalog (RULES.md), exhaustive over rule ids. */
export const RULE_CATALOG: Record<RuleId, RuleInfo> = {
  'emergency-chest-or-breathing': {
    baseTier: 'emergency',
    title: 'Chest or breathing symptoms',
    clinicianReason: 'Possible pulmonary embolism.',
    patientHint: 'You told us about chest pain, trouble breathing, coughing up blood or fainting.',
  },
  'emergency-sudden-severe-swelling': {
    baseTier: 'emergency',
    title: 'Sudden severe pain with calf swelling',
    clinicianReason: 'Possible extensive deep vein thrombosis or compartment syndrome.',
    patientHint: 'You told us about sudden, very bad pain and a swollen calf.',
  },
  'emergency-limb-threat': {
    baseTier: 'emergency',
    title: 'Cold, pale or blue leg',
    clinicianReason: 'Possible acute limb ischaemia.',
    patientHint: 'You told us your leg is cold, pale or blue.',
  },
  'emergency-cauda-equina': {
    baseTier: 'emergency',
    title: 'Saddle numbness or bladder change',
    clinicianReason: 'Possible cauda equina compression.',
    patientHint: 'You told us about numbness around your bottom or groin, or a change in how you pee.',
  },
  'emergency-infected-foot-sore': {
    baseTier: 'emergency',
    title: 'Slow-healing sore with fever',
    clinicianReason: 'Possible infected ulcer or sepsis.',
    patientHint: 'You told us you have a sore that is slow to heal and a fever.',
  },
  'urgent-possible-dvt': {
    baseTier: 'urgent',
    title: 'One-sided calf signs',
    clinicianReason: 'Possible deep vein thrombosis; assess with the reported risk factors.',
    patientHint: 'You told us about swelling, warmth, redness or soreness in your calf.',
  },
  'urgent-rest-pain': {
    baseTier: 'urgent',
    title: 'Rest pain',
    clinicianReason: 'Possible critical limb ischaemia (ischaemic rest pain).',
    patientHint: 'You told us your leg hurts more when you lie flat, even while resting.',
  },
  'urgent-prolonged-cramp': {
    baseTier: 'urgent',
    title: 'Prolonged cramp',
    clinicianReason: 'Cramp lasting over 10 minutes that did not ease.',
    patientHint: 'You told us a cramp lasted more than 10 minutes and nothing helped.',
  },
  'urgent-foot-weakness': {
    baseTier: 'urgent',
    title: 'Foot weakness',
    clinicianReason: 'New weakness or difficulty moving the foot (motor deficit).',
    patientHint: 'You told us your foot feels weak or is hard to move.',
  },
  'urgent-diabetic-foot-sore': {
    baseTier: 'urgent',
    title: 'Diabetic foot sore',
    clinicianReason: 'Diabetic foot problem: review within one working day.',
    patientHint: 'You told us you have a sore that is slow to heal, and you have diabetes.',
  },
  'soon-bilateral-calf-signs': {
    baseTier: 'soon',
    title: 'Calf signs on both sides',
    clinicianReason: 'Bilateral calf swelling or redness: review.',
    patientHint: 'You told us about swelling, warmth, redness or soreness in both calves.',
  },
  'soon-claudication': {
    baseTier: 'soon',
    raisedTier: 'urgent',
    title: 'Claudication',
    clinicianReason: 'Claudication pattern: peripheral artery disease work-up.',
    patientHint: 'You told us your calf hurts when you walk and gets better when you rest.',
  },
  'soon-skin-changes': {
    baseTier: 'soon',
    raisedTier: 'urgent',
    title: 'Skin or sore changes',
    clinicianReason: 'Skin or sore changes suggesting poor circulation.',
    patientHint: 'You told us about changes to the skin on your leg or a sore that is slow to heal.',
  },
  'soon-numbness': {
    baseTier: 'soon',
    title: 'Numbness or tingling',
    clinicianReason: 'Sensory nerve symptoms.',
    patientHint: 'You told us about numbness or tingling in your leg or foot.',
  },
  'soon-neuropathic-pain': {
    baseTier: 'soon',
    title: 'Neuropathic pain',
    clinicianReason: 'Burning or shooting pain: neuropathy or radiculopathy review.',
    patientHint: 'You told us about burning or shooting pain in your leg.',
  },
  'soon-recurrent-night-pain': {
    baseTier: 'soon',
    title: 'Recurrent night pain',
    clinicianReason: 'Night pain recurring several times a week for two weeks.',
    patientHint: 'You have had calf pain on several nights a week for two weeks.',
  },
  'soon-severe-or-worsening-pain': {
    baseTier: 'soon',
    title: 'Severe or worsening pain',
    clinicianReason: 'Severe night pain, or pain well above the patient’s recent baseline.',
    patientHint: 'Your calf pain has been very bad, or it is getting worse.',
  },
  'routine-restless-legs': {
    baseTier: 'routine',
    raisedTier: 'soon',
    title: 'Restless legs',
    clinicianReason: 'Restless-legs pattern: consider iron studies, kidney function and medicines.',
    patientHint: 'You have had an urge to move your legs on several nights.',
  },
  'routine-medicine-review': {
    baseTier: 'routine',
    title: 'Medicine review',
    clinicianReason: 'Night calf pain while on a medicine that can cause cramps.',
    patientHint: 'You had calf pain at night, and some medicines can cause cramps.',
  },
  'routine-risk-condition': {
    baseTier: 'routine',
    title: 'Night pain with a risk condition',
    clinicianReason: 'Night calf pain with diabetes, kidney or artery disease: discuss.',
    patientHint: 'You had calf pain at night, and you have a health condition your clinic keeps an eye on.',
  },
  'routine-pregnancy-cramps': {
    baseTier: 'routine',
    title: 'Pregnancy cramps',
    clinicianReason: 'Pregnancy-related cramps: advise stretching, review minerals.',
    patientHint: 'You have had calf pain on several nights while pregnant.',
  },
};
