import type { Condition, Medicine, Symptom } from '../diary/codes';
import type { DiaryEntry, PatientProfile } from '../diary/types';

/** Symptoms that count as calf signs (docs/rules.md, "Words used below"); the pattern `swollen_hot_calf` counts too. */
export const CALF_SIGN_SYMPTOMS = [
  'calf_swelling',
  'calf_warmth',
  'calf_redness',
  'calf_tenderness',
] as const satisfies readonly Symptom[];

/** A calf sign: one of the calf symptoms or the `swollen_hot_calf` pattern. */
export type CalfSign = (typeof CALF_SIGN_SYMPTOMS)[number] | 'swollen_hot_calf';

/** Conditions that make night calf pain worth discussing and raise some tiers. */
export const RISK_CONDITIONS = ['diabetes', 'kidney_disease', 'artery_disease'] as const satisfies readonly Condition[];

/** A risk modifier that can raise a rule's tier: a profile condition or pregnancy on night N. */
export type RiskModifier = Condition | 'pregnancy';

/** Medicines known to cause cramps. */
export const CRAMP_LISTED_MEDICINES = [
  'diuretic',
  'asthma_beta_agonist',
  'statin',
  'calcium_channel_blocker',
] as const satisfies readonly Medicine[];

/** The patient has at least one of the given symptoms ticked. */
export function hasSymptom(entry: DiaryEntry, symptom: Symptom): boolean {
  return entry.symptoms.includes(symptom);
}

/** The profile lists the condition. */
export function hasCondition(profile: PatientProfile, condition: Condition): boolean {
  return profile.conditions.includes(condition);
}

/**
 * Pain night (docs/rules.md, "Words used below"): worst_pain ≥ 1, or episodes ≥ 1, or
 * woke_from_pain. The one definition: the rules, the charts, the visit report
 * and the patient's week summary all count with it; the database restates it
 * in SQL for the patient summaries (is_pain_night, migration 0008), and a test
 * (lib/dal/pain-night-sql.int.test.ts) holds the two together.
 */
export function isPainNight(entry: Pick<DiaryEntry, 'worst_pain' | 'episodes' | 'woke_from_pain'>): boolean {
  return entry.worst_pain >= 1 || entry.episodes >= 1 || entry.woke_from_pain;
}

/** `left`, `right` or `none`: a sign with no side given is treated as one-sided (safety first). */
export function isNotBothSides(entry: DiaryEntry): boolean {
  return entry.side !== 'both';
}

/** The calf-sign codes present on the entry, symptoms first, then the pattern. */
export function calfSignsOf(entry: DiaryEntry): CalfSign[] {
  const signs: CalfSign[] = CALF_SIGN_SYMPTOMS.filter((s) => hasSymptom(entry, s));
  if (entry.patterns.includes('swollen_hot_calf')) signs.push('swollen_hot_calf');
  return signs;
}

/** Any calf sign present. */
export function hasCalfSigns(entry: DiaryEntry): boolean {
  return calfSignsOf(entry).length > 0;
}

/** The risk conditions on the profile, in catalog order. */
export function riskConditionsOf(profile: PatientProfile): Condition[] {
  return RISK_CONDITIONS.filter((c) => hasCondition(profile, c));
}

/** The cramp-listed medicines on the profile, in catalog order. */
export function crampListedMedicinesOf(profile: PatientProfile): Medicine[] {
  return CRAMP_LISTED_MEDICINES.filter((m) => profile.medicines.includes(m));
}

/**
 * Pregnant on night N: a due date is set and falls strictly after N.
 * Judged against N rather than today so a re-evaluation of the same data always
 * gives the same answer; a due date equal to N counts as no longer pregnant.
 */
export function isPregnantOn(profile: PatientProfile, night: string): boolean {
  return profile.pregnancy_due_date !== null && profile.pregnancy_due_date > night;
}
