/**
 * Patient archetypes: one per night-pain pattern in the source article. Each
 * turns a random source into a plausible profile and diary; the vascular ones
 * (rest pain, claudication, clot) live in archetypes-vascular.ts.
 */
import type { Medicine, Relief } from '../diary/codes';
import type { PatientProfile } from '../diary/types';
import {
  birthDate,
  collect,
  crampOdds,
  crampSpec,
  drawSex,
  eachNight,
  recentCount,
  type Archetype,
} from './archetype-kit';
import { claudication, dvtEpisode, padRestPain } from './archetypes-vascular';
import { addDays, daysBetween } from '../rules/nights';
import { drawHabits, drawSide, painNight, quietNight } from './night';
import { CRAMP_NOTES, MEDICINE_NOTES, NERVE_NOTES, PREGNANCY_NOTES, QUIET_NOTES, RESTLESS_NOTES } from './notes';

export type { Archetype, ArchetypeContext, ArchetypeHints, ArchetypeResult } from './archetype-kit';

/** Every archetype id, in the order the demo cast cycles through them. */
export const ARCHETYPE_IDS = [
  'benign_cramps',
  'restless_legs',
  'pad_rest_pain',
  'claudication',
  'neuropathy',
  'dvt_episode',
  'pregnancy',
  'medicine_cramps',
] as const;

/** One of the demo pain patterns. */
export type ArchetypeId = (typeof ARCHETYPE_IDS)[number];

const noPregnancy = { pregnancy_due_date: null } as const;

/** Occasional short cramps in a healthy calf; meant to stay mostly unflagged. */
const benignCramps: Archetype = (rng, ctx) => {
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 28, 78),
    sex: drawSex(rng),
    conditions: collect(rng, [['back_problems', 0.05]]),
    medicines: collect(rng, [['other', 0.2]] as const),
    ...noPregnancy,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const base = 0.16 + rng.next() * 0.12;
  const pain: number[] = [];
  const entries = eachNight(rng, ctx, habits, (night, i, day) => {
    // At most two pain nights in any seven (rarely broken), so the
    // recurrent-night-pain rule (≥3 and ≥3 in consecutive weeks) seldom fires.
    const capped = recentCount(pain, i) >= 2 && !rng.chance(0.05);
    if (capped || !rng.chance(crampOdds(base, day))) return quietNight(rng, night, day, habits, QUIET_NOTES);
    pain.push(i);
    return painNight(rng, night, day, habits, crampSpec(rng), CRAMP_NOTES);
  });
  return { profile, entries };
};

const RESTLESS_RELIEF: readonly Relief[] = ['moving_legs', 'standing_walking', 'stretching', 'massage'];

/** An urge to move most evenings; iron or kidney problems in some profiles. */
const restlessLegs: Archetype = (rng, ctx) => {
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 30, 80),
    sex: drawSex(rng, 0.6),
    conditions: collect(rng, [
      ['kidney_disease', 0.2],
      ['iron_deficiency', 0.35],
    ] as const),
    medicines: collect(rng, [['other', 0.3]] as const),
    ...noPregnancy,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const rate = 0.55 + rng.next() * 0.3;
  const entries = eachNight(rng, ctx, habits, (night, _i, day) => {
    if (!rng.chance(rate)) return quietNight(rng, night, day, habits, QUIET_NOTES);
    // Often the trouble is falling asleep rather than waking, hence long awake times without waking.
    const woke = rng.chance(0.55);
    return painNight(
      rng,
      night,
      day,
      habits,
      {
        patterns: rng.chance(0.08) ? ['restless_urge', 'sudden_cramp'] : ['restless_urge'],
        worst: rng.normalInt(4, 1, 1, 7),
        episodes: rng.int(1, 5),
        longest: rng.int(10, 60),
        side: rng.chance(0.75) ? 'both' : drawSide(rng, 0),
        relief: rng.chance(0.85) ? ['moving_legs', ...rng.some(RESTLESS_RELIEF, 1)] : rng.some(RESTLESS_RELIEF, 2),
        symptoms: collect(rng, [['tingling', 0.05]] as const),
        woke,
        awake: woke ? undefined : rng.int(30, 150),
      },
      RESTLESS_NOTES,
    );
  });
  return { profile, entries };
};

/** Burning or shooting pain with numbness; diabetes (both feet) or the back (one leg). */
const neuropathy: Archetype = (rng, ctx) => {
  const diabetes = rng.chance(0.65);
  const back = !diabetes || rng.chance(0.25);
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 45, 82),
    sex: drawSex(rng),
    conditions: [...(diabetes ? (['diabetes'] as const) : []), ...(back ? (['back_problems'] as const) : [])],
    medicines: collect(rng, [
      ['statin', diabetes ? 0.5 : 0.1],
      ['other', 0.5],
    ] as const),
    ...noPregnancy,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const rate = 0.4 + rng.next() * 0.35;
  const oneSide = drawSide(rng, 0);
  const entries = eachNight(rng, ctx, habits, (night, _i, day) => {
    if (!rng.chance(rate)) return quietNight(rng, night, day, habits, QUIET_NOTES);
    const short = rng.chance(0.3);
    const longest = short ? rng.int(5, 10) : rng.int(15, 90);
    // "Nothing helped" only on short spells: on long ones it would read as a prolonged cramp.
    const relief: Relief[] =
      short && rng.chance(0.3)
        ? ['nothing_helped']
        : rng.some(['moving_legs', 'cold', 'massage', 'standing_walking'], rng.int(1, 2));
    return painNight(
      rng,
      night,
      day,
      habits,
      {
        patterns: rng.chance(0.1) ? ['nerve_burning_shooting', 'sudden_cramp'] : ['nerve_burning_shooting'],
        worst: rng.normalInt(5, 1.2, 2, 8),
        episodes: rng.int(1, 4),
        longest,
        side: diabetes && rng.chance(0.7) ? 'both' : oneSide,
        relief,
        symptoms: collect(rng, [
          ['numbness', 0.55],
          ['tingling', 0.6],
        ] as const),
        woke: rng.chance(0.7),
      },
      NERVE_NOTES,
    );
  });
  return { profile, entries };
};

/** Cramps that grow more frequent through the second and third trimester. */
const pregnancy: Archetype = (rng, ctx) => {
  const due = addDays(ctx.endNight, rng.int(30, 120));
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 21, 39),
    sex: 'female',
    conditions: collect(rng, [['iron_deficiency', 0.25]] as const),
    medicines: collect(rng, [['other', 0.2]] as const),
    pregnancy_due_date: due,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const restless = rng.chance(0.15);
  const entries = eachNight(rng, ctx, habits, (night, _i, day) => {
    const week = 40 - daysBetween(night, due) / 7;
    if (week < 12) return null; // not pregnant yet, or not yet keeping the diary
    const odds = 0.2 + 0.5 * Math.min(1, (week - 12) / 28);
    if (!rng.chance(odds)) return quietNight(rng, night, day, habits, QUIET_NOTES);
    const spec = crampSpec(rng, [3, 7]);
    spec.patterns = rng.chance(0.3) ? ['pregnancy_cramp', 'sudden_cramp'] : ['pregnancy_cramp'];
    if (restless && rng.chance(0.3)) spec.patterns.push('restless_urge');
    return painNight(rng, night, day, habits, spec, PREGNANCY_NOTES);
  });
  return { profile, entries };
};

const CRAMP_MEDICINES: readonly (readonly [Medicine, number])[] = [
  ['statin', 4],
  ['diuretic', 3.5],
  ['calcium_channel_blocker', 1.5],
  ['asthma_beta_agonist', 1],
];

/** Cramps from a cramp-listed medicine; half started it during the diary. */
const medicineCramps: Archetype = (rng, ctx) => {
  const medicine = rng.weighted(CRAMP_MEDICINES);
  const second = rng.chance(0.2) ? rng.weighted(CRAMP_MEDICINES) : medicine;
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 48, 82),
    sex: drawSex(rng),
    conditions: collect(rng, [['kidney_disease', medicine === 'diuretic' ? 0.2 : 0]] as const),
    medicines: [...new Set([medicine, second])],
    ...noPregnancy,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const n = ctx.nights.length;
  const startedAt = rng.chance(0.5) ? rng.int(Math.floor(n * 0.15), Math.floor(n * 0.5)) : -1;
  const entries = eachNight(rng, ctx, habits, (night, i, day) => {
    // The first few days on the new tablets are when patients tick "new medicine".
    day.new_medicine = startedAt >= 0 && i >= startedAt && i < startedAt + 3;
    const base = startedAt >= 0 && i < startedAt ? 0.08 : 0.3;
    if (!rng.chance(crampOdds(base, day))) return quietNight(rng, night, day, habits, QUIET_NOTES);
    const notes = rng.chance(0.4) ? MEDICINE_NOTES : CRAMP_NOTES;
    return painNight(rng, night, day, habits, crampSpec(rng, [3, 7]), notes);
  });
  return { profile, entries };
};

/** Archetype id → generator. */
export const ARCHETYPES: Record<ArchetypeId, Archetype> = {
  benign_cramps: benignCramps,
  restless_legs: restlessLegs,
  pad_rest_pain: padRestPain,
  claudication,
  neuropathy,
  dvt_episode: dvtEpisode,
  pregnancy,
  medicine_cramps: medicineCramps,
};
