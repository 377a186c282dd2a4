/**
 * The contract's codes (docs/contract.md, "Diary fields"). These strings appear in the API, exports and
 * the database; never rename one.
 */
export const SIDES = ['left', 'right', 'both', 'none'] as const;

export const PATTERNS = [
  'sudden_cramp',
  'restless_urge',
  'deep_ache_at_rest',
  'post_exercise_tightness',
  'nerve_burning_shooting',
  'swollen_hot_calf',
  'pregnancy_cramp',
] as const;

export const RELIEFS = [
  'stretching',
  'standing_walking',
  'massage',
  'heat',
  'cold',
  'dangling_legs',
  'moving_legs',
  'nothing_helped',
] as const;

export const SYMPTOMS = [
  'calf_swelling',
  'calf_warmth',
  'calf_redness',
  'calf_tenderness',
  'chest_pain',
  'breathlessness',
  'coughing_blood',
  'fainting',
  'sudden_severe_pain',
  'leg_cold_pale_blue',
  'numbness',
  'tingling',
  'foot_weakness',
  'saddle_numbness_or_bladder_change',
  'pain_walking_eases_rest',
  'slow_healing_sores',
  'fever',
  'skin_changes',
  'worse_lying_flat',
] as const;

export const CONDITIONS = [
  'diabetes',
  'kidney_disease',
  'artery_disease',
  'back_problems',
  'iron_deficiency',
  'previous_clot',
  'active_cancer',
] as const;

export const MEDICINES = ['diuretic', 'asthma_beta_agonist', 'statin', 'calcium_channel_blocker', 'other'] as const;

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export type Side = (typeof SIDES)[number];
export type Pattern = (typeof PATTERNS)[number];
export type Relief = (typeof RELIEFS)[number];
export type Symptom = (typeof SYMPTOMS)[number];
export type Condition = (typeof CONDITIONS)[number];
export type Medicine = (typeof MEDICINES)[number];
export type Sex = (typeof SEXES)[number];

/** Numeric field bounds, inclusive. */
export const LIMITS = {
  episodes: { min: 0, max: 20 },
  worst_pain: { min: 0, max: 10 },
  longest_episode_minutes: { min: 0, max: 240 },
  total_minutes: { min: 0, max: 600 },
  minutes_awake: { min: 0, max: 720 },
  sleep_quality: { min: 1, max: 5 },
  hydration_glasses: { min: 0, max: 30 },
} as const;

export const NOTES_MAX_LENGTH = 2000;
