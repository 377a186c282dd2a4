import type { Pattern, Relief, Sex } from '../diary/codes';
import type { Tier } from '../rules';
import type { FlagHistoryEvent, FlagStatus, Trend } from '../views/types';

/** Clinician-facing names for the contract's codes, exhaustive per list. */
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

export const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Sex not given',
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

/** Tailwind classes per tier: colour plus a border so the tier never rests on colour alone. */
export const TIER_STYLES: Record<Tier, string> = {
  emergency: 'bg-red-700 text-white border-red-800',
  urgent: 'bg-orange-100 text-orange-900 border-orange-400',
  soon: 'bg-amber-50 text-amber-900 border-amber-400',
  routine: 'bg-slate-100 text-slate-800 border-slate-300',
};
