import type { DiaryEntryRow, NewDiaryEntryRow, Patient } from '@/db/schema';
import type { DiaryEntry, DiaryFields, PatientProfile } from './types';

/** A database row as the contract's entry shape (snake_case codes). */
export function rowToEntry(row: DiaryEntryRow): DiaryEntry {
  return {
    id: row.id,
    night_of: row.nightOf,
    woke_from_pain: row.wokeFromPain,
    episodes: row.episodes,
    worst_pain: row.worstPain,
    longest_episode_minutes: row.longestEpisodeMinutes,
    total_minutes: row.totalMinutes,
    minutes_awake: row.minutesAwake,
    sleep_quality: row.sleepQuality,
    side: row.side,
    patterns: row.patterns,
    relief: row.relief,
    symptoms: row.symptoms,
    hydration_glasses: row.hydrationGlasses,
    long_standing_or_exercise: row.longStandingOrExercise,
    stretched_before_bed: row.stretchedBeforeBed,
    new_medicine: row.newMedicine,
    recent_surgery_or_bedrest: row.recentSurgeryOrBedrest,
    notes: row.notes,
  };
}

/** Only the diary fields of an entry (for version snapshots). */
export function entryFields(entry: DiaryEntry): DiaryFields {
  const fields: DiaryFields & { id?: string } = { ...entry };
  delete fields.id;
  return fields;
}

/** The contract's fields as column values for insert or update. */
export function fieldsToColumns(fields: DiaryFields): Omit<NewDiaryEntryRow, 'patientId' | 'nightOf'> {
  return {
    wokeFromPain: fields.woke_from_pain,
    episodes: fields.episodes,
    worstPain: fields.worst_pain,
    longestEpisodeMinutes: fields.longest_episode_minutes,
    totalMinutes: fields.total_minutes,
    minutesAwake: fields.minutes_awake,
    sleepQuality: fields.sleep_quality,
    side: fields.side,
    patterns: fields.patterns,
    relief: fields.relief,
    symptoms: fields.symptoms,
    hydrationGlasses: fields.hydration_glasses,
    longStandingOrExercise: fields.long_standing_or_exercise,
    stretchedBeforeBed: fields.stretched_before_bed,
    newMedicine: fields.new_medicine,
    recentSurgeryOrBedrest: fields.recent_surgery_or_bedrest,
    notes: fields.notes,
  };
}

export function rowToProfile(row: Patient): PatientProfile {
  return {
    date_of_birth: row.dateOfBirth,
    sex: row.sex,
    conditions: row.conditions,
    medicines: row.medicines,
    pregnancy_due_date: row.pregnancyDueDate,
  };
}
