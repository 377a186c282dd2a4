import type { Condition, Medicine, Pattern, Relief, Sex, Side, Symptom } from './codes';

/** One night's diary fields, by their contract codes. Dates are `YYYY-MM-DD`. */
export interface DiaryFields {
  night_of: string;
  woke_from_pain: boolean;
  episodes: number;
  worst_pain: number;
  longest_episode_minutes: number;
  total_minutes: number;
  minutes_awake: number;
  /** 1–5, or null when the patient left it blank. */
  sleep_quality: number | null;
  side: Side;
  patterns: Pattern[];
  relief: Relief[];
  symptoms: Symptom[];
  /** 0–30, or null when not given. */
  hydration_glasses: number | null;
  long_standing_or_exercise: boolean;
  stretched_before_bed: boolean;
  new_medicine: boolean;
  recent_surgery_or_bedrest: boolean;
  notes: string | null;
}

/** A saved entry: the fields plus its identity. */
export interface DiaryEntry extends DiaryFields {
  id: string;
}

export interface PatientProfile {
  date_of_birth: string | null;
  sex: Sex | null;
  conditions: Condition[];
  medicines: Medicine[];
  pregnancy_due_date: string | null;
}
