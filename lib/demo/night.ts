/**
 * Builders for one diary night. Archetypes decide *whether* a night hurts and
 * how; these helpers make every entry internally consistent and inside the
 * the diary's bounds (docs/contract.md, "Diary fields"), so no archetype has to remember the rules.
 */
import { LIMITS, NOTES_MAX_LENGTH, type Pattern, type Relief, type Side, type Symptom } from '../diary/codes';
import type { DiaryFields } from '../diary/types';
import type { Rng } from './random';

/** Per-patient habits: how diligent, how thirsty, how active. Drawn once per patient. */
export interface Habits {
  /** Probability that a given night gets an entry (adherence varies from patient to patient). */
  adherence: number;
  hydrationBase: number;
  /** Probability the patient leaves hydration blank. */
  hydrationBlank: number;
  exerciseRate: number;
  stretchRate: number;
  noteRate: number;
}

/** What the patient did during the day before the night. */
export interface DayContext {
  hydration_glasses: number | null;
  long_standing_or_exercise: boolean;
  stretched_before_bed: boolean;
  new_medicine: boolean;
  recent_surgery_or_bedrest: boolean;
}

/** How one painful night went; the builder derives the rest. */
export interface PainSpec {
  patterns: Pattern[];
  worst: number;
  episodes: number;
  longest: number;
  side: Side;
  relief: Relief[];
  symptoms?: Symptom[];
  /** Defaults to true: most night pain wakes people. */
  woke?: boolean;
  /** Minutes awake, when the archetype knows better (restless legs keep people up). */
  awake?: number;
  note?: string | null;
}

const clamp = (value: number, { min, max }: { min: number; max: number }): number =>
  Math.min(max, Math.max(min, Math.round(value)));

/** Draws a patient's habits; `adherence` overrides the 60–100 % draw. */
export function drawHabits(rng: Rng, adherence?: number): Habits {
  return {
    adherence: adherence ?? 0.6 + rng.next() * 0.4,
    hydrationBase: rng.int(3, 10),
    hydrationBlank: rng.pick([0, 0.05, 0.15, 0.4]),
    exerciseRate: 0.1 + rng.next() * 0.4,
    stretchRate: rng.next() * 0.7,
    noteRate: 0.03 + rng.next() * 0.15,
  };
}

/** Draws one day's context from the patient's habits. */
export function drawDay(rng: Rng, habits: Habits): DayContext {
  const exercised = rng.chance(habits.exerciseRate);
  // Busy, sweaty days come with a few more glasses, but not always enough.
  const glasses = habits.hydrationBase + (exercised ? rng.int(0, 3) : 0) + rng.int(-2, 2);
  return {
    hydration_glasses: rng.chance(habits.hydrationBlank) ? null : clamp(glasses, LIMITS.hydration_glasses),
    long_standing_or_exercise: exercised,
    stretched_before_bed: rng.chance(habits.stretchRate),
    new_medicine: false,
    recent_surgery_or_bedrest: false,
  };
}

function sleepQuality(rng: Rng, minutesAwake: number): number | null {
  if (rng.chance(0.03)) return null;
  return clamp(5 - minutesAwake / 50 + rng.int(-1, 0), LIMITS.sleep_quality);
}

function maybeNote(rng: Rng, habits: Habits, pool: readonly string[], override?: string | null): string | null {
  if (override !== undefined) return override === null ? null : override.slice(0, NOTES_MAX_LENGTH);
  return pool.length > 0 && rng.chance(habits.noteRate) ? rng.pick(pool).slice(0, NOTES_MAX_LENGTH) : null;
}

/** A night without calf pain: everything pain-related is empty, as docs/contract.md, "Diary fields", expects. */
export function quietNight(
  rng: Rng,
  night: string,
  day: DayContext,
  habits: Habits,
  notes: readonly string[] = [],
): DiaryFields {
  const minutesAwake = rng.chance(0.7) ? 0 : rng.int(5, 40);
  return {
    night_of: night,
    woke_from_pain: false,
    episodes: 0,
    worst_pain: 0,
    longest_episode_minutes: 0,
    total_minutes: 0,
    minutes_awake: minutesAwake,
    sleep_quality: sleepQuality(rng, minutesAwake),
    side: 'none',
    patterns: [],
    relief: [],
    symptoms: [],
    ...day,
    notes: maybeNote(rng, habits, notes),
  };
}

/** A painful night, normalised so longest ≤ total ≤ 600 and every count is in bounds. */
export function painNight(
  rng: Rng,
  night: string,
  day: DayContext,
  habits: Habits,
  spec: PainSpec,
  notes: readonly string[] = [],
): DiaryFields {
  // A pain night must count as one everywhere (episodes ≥ 1 and pain ≥ 1).
  const episodes = clamp(spec.episodes, { min: 1, max: LIMITS.episodes.max });
  const longest = clamp(spec.longest, { min: 1, max: LIMITS.longest_episode_minutes.max });
  let total = longest;
  for (let e = 1; e < episodes; e++) total += rng.int(1, longest);
  total = clamp(total, { min: longest, max: LIMITS.total_minutes.max });
  const woke = spec.woke ?? true;
  const awake = spec.awake ?? (woke ? total + rng.int(5, 60) : rng.int(0, 30));
  const minutesAwake = clamp(awake, LIMITS.minutes_awake);
  // "Nothing helped" alongside a remedy that did help is a contradiction.
  const relief: Relief[] = spec.relief.includes('nothing_helped') ? ['nothing_helped'] : unique(spec.relief);
  return {
    night_of: night,
    woke_from_pain: woke,
    episodes,
    worst_pain: clamp(spec.worst, { min: 1, max: LIMITS.worst_pain.max }),
    longest_episode_minutes: longest,
    total_minutes: total,
    minutes_awake: minutesAwake,
    sleep_quality: sleepQuality(rng, minutesAwake),
    side: spec.side,
    patterns: unique(spec.patterns),
    relief,
    symptoms: unique(spec.symptoms ?? []),
    ...day,
    notes: maybeNote(rng, habits, notes, spec.note),
  };
}

/** Removes duplicates, keeping first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A single calf, or both now and then — most cramps are one-sided. */
export function drawSide(rng: Rng, bothRate = 0.12): Side {
  if (rng.chance(bothRate)) return 'both';
  return rng.chance(0.5) ? 'left' : 'right';
}
