import type { DiaryFields } from '../diary/types';
import { PATTERN_LABELS, RELIEF_LABELS, SIDE_LABELS, SYMPTOM_LABELS } from './labels';
import type { ClinicianEntry, EntryVersion } from '../views/types';

type Fields = Omit<DiaryFields, 'night_of'>;

/** Clinician-facing names of the diary fields, in the order changes are listed. */
export const FIELD_LABELS: Record<keyof Fields, string> = {
  worst_pain: 'Worst pain',
  woke_from_pain: 'Woke from pain',
  episodes: 'Episodes',
  longest_episode_minutes: 'Longest episode (min)',
  total_minutes: 'Total pain (min)',
  minutes_awake: 'Minutes awake',
  sleep_quality: 'Sleep quality',
  side: 'Side',
  patterns: 'Patterns',
  relief: 'Relief',
  symptoms: 'Warning symptoms',
  hydration_glasses: 'Glasses of water',
  long_standing_or_exercise: 'Long standing or exercise',
  stretched_before_bed: 'Stretched before bed',
  new_medicine: 'New medicine',
  recent_surgery_or_bedrest: 'Recent surgery or bed rest',
  notes: 'Notes',
};

const LIST_LABELS: Record<string, Record<string, string>> = {
  patterns: PATTERN_LABELS,
  relief: RELIEF_LABELS,
  symptoms: SYMPTOM_LABELS,
};

/** A field's value as short text ("none" for empty lists and blanks). */
export function showValue(field: keyof Fields, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'blank';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const labels = LIST_LABELS[field];
    return value.map((code: string) => labels?.[code] ?? code).join(', ');
  }
  if (field === 'side') return SIDE_LABELS[value as keyof typeof SIDE_LABELS] ?? String(value);
  return String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join('|') === [...b].sort().join('|');
  return (a ?? null) === (b ?? null);
}

export interface FieldChange {
  field: keyof Fields;
  label: string;
  before: string;
  after: string;
}

/** What changed from one version of an entry to the next, field by field. */
export function changesBetween(older: Partial<Fields>, newer: Partial<Fields>): FieldChange[] {
  return (Object.keys(FIELD_LABELS) as (keyof Fields)[])
    .filter((field) => !sameValue(older[field], newer[field]))
    .map((field) => ({
      field,
      label: FIELD_LABELS[field],
      before: showValue(field, older[field]),
      after: showValue(field, newer[field]),
    }));
}

export interface VersionStep {
  version: number;
  recorded_at: string;
  /** What the next version changed relative to this one. */
  changes: FieldChange[];
}

/**
 * An edited entry's history, oldest first: each earlier version with what the
 * following version changed, ending at the current entry.
 */
export function versionHistory(entry: ClinicianEntry, versions: readonly EntryVersion[]): VersionStep[] {
  const own = versions.filter((version) => version.entry_id === entry.id).sort((a, b) => a.version - b.version);
  return own.map((version, index) => {
    const next = own[index + 1]?.fields ?? entry;
    return {
      version: version.version,
      recorded_at: version.recorded_at,
      changes: changesBetween(version.fields, next),
    };
  });
}
