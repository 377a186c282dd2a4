/**
 * Shared pieces for archetypes: the contract between an archetype and the
 * generator, plus the profile and night-loop helpers every archetype uses.
 */
import type { Relief, Sex } from '../diary/codes';
import type { DiaryFields, PatientProfile } from '../diary/types';
import type { ExperimentFactor } from '../insights/experiment';
import { drawDay, drawSide, type DayContext, type Habits, type PainSpec } from './night';
import type { Rng } from './random';

/** Nudges from the caller, for demo patients that must show something specific. */
export interface ArchetypeHints {
  /** Fixed share of nights with an entry, instead of the random 60–100 %. */
  adherence?: number;
  /** dvt_episode: the episode starts this many nights before the last night. */
  episodeStartFromEnd?: number;
  /** dvt_episode: breathlessness on the episode's last night, so the demo shows an emergency. */
  breathlessAtEpisodeEnd?: boolean;
}

/** The nights an archetype fills in. */
export interface ArchetypeContext {
  /** Consecutive nights, ascending, ending at `endNight`; shared, so never mutate. */
  nights: readonly string[];
  endNight: string;
  hints?: ArchetypeHints;
}

/** A generated patient's profile and diary, entries ascending by night. */
export interface ArchetypeResult {
  profile: PatientProfile;
  entries: DiaryFields[];
  /** A finished two-week experiment the seed stores for this patient (the stretcher's). */
  experiment?: DemoExperiment;
}

/** A demo patient's finished experiment: its habit and first night; the seed computes the result. */
export interface DemoExperiment {
  factor: ExperimentFactor;
  startNight: string;
}

/** A pain pattern turned into a patient; pure given its random source. */
export type Archetype = (rng: Rng, ctx: ArchetypeContext) => ArchetypeResult;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A date of birth making the patient `minAge`–`maxAge` at `endNight`. */
export function birthDate(rng: Rng, endNight: string, minAge: number, maxAge: number): string {
  const year = Number(endNight.slice(0, 4)) - rng.int(minAge, maxAge);
  // Day ≤ 28 keeps every month valid without a calendar lookup.
  return `${year}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;
}

/** Mostly female/male, with the occasional other or undisclosed answer. */
export function drawSex(rng: Rng, femaleRate = 0.5): Sex {
  if (rng.chance(0.03)) return rng.pick(['other', 'unknown'] as const);
  return rng.chance(femaleRate) ? 'female' : 'male';
}

/** Each item kept independently with its own probability, in the listed order. */
export function collect<T>(rng: Rng, odds: readonly (readonly [T, number])[]): T[] {
  return odds.filter(([, p]) => rng.chance(p)).map(([item]) => item);
}

/**
 * Walks the nights, skipping those the patient forgot (adherence) unless
 * `mustRecord` says the night matters; `build` may return null to skip too.
 */
export function eachNight(
  rng: Rng,
  ctx: ArchetypeContext,
  habits: Habits,
  build: (night: string, index: number, day: DayContext) => DiaryFields | null,
  mustRecord?: (index: number) => boolean,
): DiaryFields[] {
  const entries: DiaryFields[] = [];
  ctx.nights.forEach((night, index) => {
    const recorded = rng.chance(habits.adherence) || (mustRecord?.(index) ?? false);
    if (!recorded) return;
    const entry = build(night, index, drawDay(rng, habits));
    if (entry) entries.push(entry);
  });
  return entries;
}

/** How many of `painIndexes` fall in the `window` nights ending at `index`. */
export function recentCount(painIndexes: readonly number[], index: number, window = 7): number {
  let count = 0;
  for (let k = painIndexes.length - 1; k >= 0; k--) {
    const at = painIndexes[k] as number;
    if (at <= index - window) break;
    if (at <= index) count++;
  }
  return count;
}

const CRAMP_RELIEF: readonly Relief[] = ['stretching', 'massage', 'standing_walking'];

/** An ordinary muscle cramp: short, sharp, one calf, eased by stretching or standing. */
export function crampSpec(rng: Rng, worst: readonly [number, number] = [3, 6]): PainSpec {
  const relief = rng.some(CRAMP_RELIEF, rng.int(1, 2));
  if (rng.chance(0.1)) relief.push(rng.pick(['heat', 'cold'] as const));
  return {
    patterns: ['sudden_cramp'],
    worst: rng.int(worst[0], worst[1]),
    episodes: rng.weighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ] as const),
    longest: rng.int(1, 5),
    side: drawSide(rng),
    relief,
  };
}

/**
 * Daily chance of a cramp, scaled by the day: long days on the feet and few
 * glasses of water make cramps likelier, stretching before bed less.
 */
export function crampOdds(base: number, day: DayContext): number {
  let odds = base;
  if (day.long_standing_or_exercise) odds *= 1.7;
  if (day.hydration_glasses !== null && day.hydration_glasses < 5) odds *= 1.4;
  if (day.stretched_before_bed) odds *= 0.6;
  return Math.min(odds, 0.95);
}
