import type { Pattern, Relief, Sex, Side } from '../../diary/codes';
import type { Tier } from '../../rules';

/** Short clinician-facing names for the report; exhaustive so a new code cannot go unlabelled. */
export const PATTERN_LABELS: Record<Pattern, string> = {
  sudden_cramp: 'Sudden cramp',
  restless_urge: 'Restless urge to move',
  deep_ache_at_rest: 'Deep ache at rest',
  post_exercise_tightness: 'Tightness after exercise',
  nerve_burning_shooting: 'Burning or shooting',
  swollen_hot_calf: 'Swollen, hot calf',
  pregnancy_cramp: 'Pregnancy cramp',
};

export const RELIEF_LABELS: Record<Relief, string> = {
  stretching: 'stretching',
  standing_walking: 'standing/walking',
  massage: 'massage',
  heat: 'heat',
  cold: 'cold',
  dangling_legs: 'legs dangling',
  moving_legs: 'moving legs',
  nothing_helped: 'nothing helped',
};

export const SIDE_SHORT: Record<Side, string> = { left: 'Left', right: 'Right', both: 'Both', none: '—' };

export const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not stated',
};

export const TIER_LABELS: Record<Tier, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  soon: 'Soon',
  routine: 'Routine',
};
