import type { DiaryEntry } from '@/lib/diary/types';

/**
 * The diary form's state as the inputs hold it: numbers stay text until
 * submission, so a half-typed or wrong value is shown back exactly as typed
 * (never thrown away) and the shared schema words the error.
 */
export interface FormValues {
  night_of: string;
  woke_from_pain: boolean;
  episodes: string;
  worst_pain: string;
  longest_episode_minutes: string;
  total_minutes: string;
  minutes_awake: string;
  sleep_quality: string;
  side: string;
  patterns: string[];
  relief: string[];
  symptoms: string[];
  hydration_glasses: string;
  long_standing_or_exercise: boolean;
  stretched_before_bed: boolean;
  new_medicine: boolean;
  recent_surgery_or_bedrest: boolean;
  notes: string;
}

export type ListField = 'patterns' | 'relief' | 'symptoms';

const NUMBER_FIELDS = [
  'episodes',
  'worst_pain',
  'longest_episode_minutes',
  'total_minutes',
  'minutes_awake',
  'sleep_quality',
  'hydration_glasses',
] as const;
/** Blank means "not given" (null) for these, and "the default" for the others. */
const NULLABLE_NUMBERS = new Set<string>(['sleep_quality', 'hydration_glasses']);

/** A blank form for a night. */
export function emptyValues(night: string): FormValues {
  return {
    night_of: night,
    woke_from_pain: false,
    episodes: '',
    worst_pain: '',
    longest_episode_minutes: '',
    total_minutes: '',
    minutes_awake: '',
    sleep_quality: '',
    side: '',
    patterns: [],
    relief: [],
    symptoms: [],
    hydration_glasses: '',
    long_standing_or_exercise: false,
    stretched_before_bed: false,
    new_medicine: false,
    recent_surgery_or_bedrest: false,
    notes: '',
  };
}

/** A saved entry as form values, for editing. */
export function entryToValues(entry: DiaryEntry): FormValues {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    ...emptyValues(entry.night_of),
    woke_from_pain: entry.woke_from_pain,
    episodes: text(entry.episodes),
    worst_pain: text(entry.worst_pain),
    longest_episode_minutes: text(entry.longest_episode_minutes),
    total_minutes: text(entry.total_minutes),
    minutes_awake: text(entry.minutes_awake),
    sleep_quality: text(entry.sleep_quality),
    side: entry.side,
    patterns: [...entry.patterns],
    relief: [...entry.relief],
    symptoms: [...entry.symptoms],
    hydration_glasses: text(entry.hydration_glasses),
    long_standing_or_exercise: entry.long_standing_or_exercise,
    stretched_before_bed: entry.stretched_before_bed,
    new_medicine: entry.new_medicine,
    recent_surgery_or_bedrest: entry.recent_surgery_or_bedrest,
    notes: entry.notes ?? '',
  };
}

/**
 * Form values as the body the shared schema validates: blank numbers are left
 * out (or null where "not given" is an answer), digits become numbers, and
 * anything else is passed on as typed so the schema reports it.
 */
export function toSubmission(values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {
    night_of: values.night_of,
    woke_from_pain: values.woke_from_pain,
    patterns: values.patterns,
    relief: values.relief,
    symptoms: values.symptoms,
    long_standing_or_exercise: values.long_standing_or_exercise,
    stretched_before_bed: values.stretched_before_bed,
    new_medicine: values.new_medicine,
    recent_surgery_or_bedrest: values.recent_surgery_or_bedrest,
    notes: values.notes.trim() ? values.notes : null,
  };
  if (values.side) body.side = values.side;
  for (const field of NUMBER_FIELDS) {
    const raw = values[field].trim();
    if (raw === '') {
      if (NULLABLE_NUMBERS.has(field)) body[field] = null;
      continue;
    }
    body[field] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  return body;
}

/**
 * Reads a stored draft back, keeping only fields of the right type, so a
 * draft from an older version of the form can never break it.
 */
export function parseDraft(stored: string | null, fallback: FormValues): FormValues | null {
  if (!stored) return null;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  const values = { ...fallback };
  for (const key of Object.keys(fallback) as Array<keyof FormValues>) {
    const value = record[key];
    const expected = fallback[key];
    if (Array.isArray(expected)) {
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        (values[key] as string[]) = value as string[];
      }
    } else if (typeof value === typeof expected) {
      (values as Record<string, unknown>)[key] = value;
    }
  }
  return values;
}

/** Whether two sets of values hold the same answers (a draft equal to the saved entry is not worth offering). */
export function sameValues(a: FormValues, b: FormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
