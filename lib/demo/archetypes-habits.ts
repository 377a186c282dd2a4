/**
 * Two demo patients whose own habits clearly go with their cramps, so the
 * insights page (/diary/insights) has real verdicts to show: a stretcher whose
 * nights after stretching are much quieter, and a patient whose low-water days
 * are followed by cramps. Both are simple cramps otherwise (no risk conditions).
 */
import type { PatientProfile } from '../diary/types';
import { EXPERIMENT_NIGHTS } from '../insights/experiment';
import { addDays } from '../rules/nights';
import { birthDate, crampSpec, drawSex, eachNight, type Archetype } from './archetype-kit';
import { drawHabits, painNight, quietNight } from './night';
import { CRAMP_NOTES, QUIET_NOTES } from './notes';
import type { Rng } from './random';

function simpleProfile(rng: Rng, endNight: string): PatientProfile {
  return {
    date_of_birth: birthDate(rng, endNight, 35, 72),
    sex: drawSex(rng),
    conditions: [],
    medicines: [],
    pregnancy_due_date: null,
  };
}

/** How many nights before the last night the stretcher's finished two-week experiment started. */
export const STRETCHER_EXPERIMENT_START_FROM_END = 30;

/**
 * Stretches on about half the nights; cramps follow 1 in 8 of those and 3 in 5
 * of the others. A month ago, after a bad fortnight without stretching, they ran
 * the guided two-week experiment: no stretching in the 14 nights before it, stretching every one of its 14
 * nights, all 28 recorded; the seed stores it as finished.
 */
export const habitStretcher: Archetype = (rng, ctx) => {
  const profile = simpleProfile(rng, ctx.endNight);
  const habits = { ...drawHabits(rng, ctx.hints?.adherence ?? 0.9), stretchRate: 0.5, exerciseRate: 0.25 };
  const startNight = addDays(ctx.endNight, -STRETCHER_EXPERIMENT_START_FROM_END);
  const start = ctx.nights.indexOf(startNight);
  const inRun = (index: number) =>
    start >= 0 && index >= start - EXPERIMENT_NIGHTS && index < start + EXPERIMENT_NIGHTS;
  const entries = eachNight(
    rng,
    ctx,
    habits,
    (night, index, drawn) => {
      const day = inRun(index) ? { ...drawn, stretched_before_bed: index >= start } : drawn;
      // A bad fortnight is what prompted the experiment.
      const odds = inRun(index) && index < start ? 0.75 : day.stretched_before_bed ? 0.12 : 0.6;
      return rng.chance(odds)
        ? painNight(rng, night, day, habits, crampSpec(rng), CRAMP_NOTES)
        : quietNight(rng, night, day, habits, QUIET_NOTES);
    },
    inRun,
  );
  return start >= 0
    ? { profile, entries, experiment: { factor: 'stretched_before_bed', startNight } }
    : { profile, entries };
};

/**
 * Drinks 3–7 glasses a day (always recorded; 5 is about the median); cramps
 * follow 2 in 3 days under 5 glasses and 1 in 7 of the others.
 */
export const habitDehydrated: Archetype = (rng, ctx) => {
  const profile = simpleProfile(rng, ctx.endNight);
  const habits = {
    ...drawHabits(rng, ctx.hints?.adherence ?? 0.9),
    hydrationBase: 5,
    hydrationBlank: 0,
    exerciseRate: 0,
    stretchRate: 0.3,
  };
  const entries = eachNight(rng, ctx, habits, (night, _i, day) => {
    const low = day.hydration_glasses !== null && day.hydration_glasses < 5;
    return rng.chance(low ? 0.65 : 0.14)
      ? painNight(rng, night, day, habits, crampSpec(rng), CRAMP_NOTES)
      : quietNight(rng, night, day, habits, QUIET_NOTES);
  });
  return { profile, entries };
};
