import type { DiaryFields } from './types';

/**
 * A night with every field at its empty value (false, 0, [], null; side
 * `none`) — what the API stores for omitted fields (docs/contract.md, "Diary fields").
 */
export function emptyDiaryFields(nightOf: string): DiaryFields {
  return {
    night_of: nightOf,
    woke_from_pain: false,
    episodes: 0,
    worst_pain: 0,
    longest_episode_minutes: 0,
    total_minutes: 0,
    minutes_awake: 0,
    sleep_quality: null,
    side: 'none',
    patterns: [],
    relief: [],
    symptoms: [],
    hydration_glasses: null,
    long_standing_or_exercise: false,
    stretched_before_bed: false,
    new_medicine: false,
    recent_surgery_or_bedrest: false,
    notes: null,
  };
}
