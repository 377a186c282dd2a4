/**
 * Circulation archetypes: arterial rest pain, claudication, and a deep-vein
 * clot. These are the patterns the warning rules exist for, so their
 * symptoms are chosen to trigger the matching rules of docs/rules.md.
 */
import type { Relief, Side } from '../diary/codes';
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
import { drawHabits, drawSide, painNight, quietNight } from './night';
import { CLAUDICATION_NOTES, CLOT_NOTES, CRAMP_NOTES, QUIET_NOTES, REST_PAIN_NOTES } from './notes';

/** Rest pain from artery disease: deep ache lying flat, eased by dangling the legs; worsens over time. */
export const padRestPain: Archetype = (rng, ctx) => {
  const diabetes = rng.chance(0.6);
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 62, 89),
    sex: drawSex(rng, 0.4),
    conditions: [
      'artery_disease',
      ...(diabetes ? (['diabetes'] as const) : []),
      ...collect(rng, [['kidney_disease', 0.2]] as const),
    ],
    medicines: collect(rng, [
      ['statin', 0.8],
      ['calcium_channel_blocker', 0.3],
      ['other', 0.5],
    ] as const),
    pregnancy_due_date: null,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const rate = 0.45 + rng.next() * 0.35;
  const hasSores = rng.chance(0.3);
  const hasSkinChanges = rng.chance(0.5);
  // One leg is usually worse: narrowing is rarely symmetrical.
  const worseSide: Side = rng.chance(0.65) ? drawSide(rng, 0) : 'both';
  const last = Math.max(1, ctx.nights.length - 1);
  const entries = eachNight(rng, ctx, habits, (night, i, day) => {
    const progress = i / last;
    if (!rng.chance(rate * (0.7 + 0.3 * progress))) return quietNight(rng, night, day, habits, QUIET_NOTES);
    const relief: Relief[] = collect(rng, [
      ['dangling_legs', 0.85],
      ['standing_walking', 0.35],
      ['massage', 0.1],
    ] as const);
    return painNight(
      rng,
      night,
      day,
      habits,
      {
        patterns: ['deep_ache_at_rest'],
        worst: rng.normalInt(3.5 + 3 * progress, 1, 2, 9),
        episodes: rng.int(1, 3),
        longest: rng.int(20, 120),
        side: worseSide,
        relief: relief.length > 0 ? relief : ['dangling_legs'],
        symptoms: collect(rng, [
          ['worse_lying_flat', 0.85],
          ['pain_walking_eases_rest', 0.5],
          ['skin_changes', hasSkinChanges ? 0.3 : 0],
          ['slow_healing_sores', hasSores ? 0.4 * progress : 0],
        ] as const),
      },
      REST_PAIN_NOTES,
    );
  });
  return { profile, entries };
};

/** Calf pain on walking that eases with rest, echoing at night after active days. */
export const claudication: Archetype = (rng, ctx) => {
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 52, 82),
    sex: drawSex(rng, 0.4),
    conditions: collect(rng, [
      ['diabetes', 0.3],
      ['artery_disease', 0.5],
    ] as const),
    medicines: collect(rng, [
      ['statin', 0.5],
      ['other', 0.3],
    ] as const),
    pregnancy_due_date: null,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const worseSide = drawSide(rng, 0.3);
  const entries = eachNight(rng, ctx, habits, (night, _i, day) => {
    // Walking is the trigger, so active days carry most of the pain.
    const odds = day.long_standing_or_exercise ? 0.45 : 0.12;
    if (!rng.chance(odds)) return quietNight(rng, night, day, habits, QUIET_NOTES);
    return painNight(
      rng,
      night,
      day,
      habits,
      {
        patterns: rng.chance(0.2) ? ['post_exercise_tightness', 'sudden_cramp'] : ['post_exercise_tightness'],
        worst: rng.normalInt(4, 1, 2, 7),
        episodes: rng.int(1, 2),
        longest: rng.int(5, 30),
        side: rng.chance(0.8) ? worseSide : drawSide(rng),
        relief: rng.some(['stretching', 'massage', 'heat', 'standing_walking'] as const, rng.int(1, 2)),
        symptoms: collect(rng, [['pain_walking_eases_rest', 0.7]] as const),
        woke: rng.chance(0.6),
      },
      CLAUDICATION_NOTES,
    );
  });
  return { profile, entries };
};

/**
 * Mostly quiet nights, then one 4–6 night episode of a swollen, warm, tender
 * calf on one side, starting just after surgery or bed rest. Episode nights
 * are always recorded: a frightened patient does not skip the diary.
 */
export const dvtEpisode: Archetype = (rng, ctx) => {
  const profile: PatientProfile = {
    date_of_birth: birthDate(rng, ctx.endNight, 30, 80),
    sex: drawSex(rng),
    conditions: collect(rng, [
      ['previous_clot', 0.4],
      ['active_cancer', 0.1],
    ] as const),
    medicines: collect(rng, [['other', 0.3]] as const),
    pregnancy_due_date: null,
  };
  const habits = drawHabits(rng, ctx.hints?.adherence);
  const n = ctx.nights.length;
  const length = rng.int(4, 6);
  const hinted = ctx.hints?.episodeStartFromEnd;
  // Unhinted episodes sit well inside the window, away from its last ~3 weeks.
  const earliest = Math.floor(n * 0.2);
  const start = clampIndex(hinted !== undefined ? n - 1 - hinted : rng.int(earliest, Math.max(earliest, n - 26)), n);
  const end = start + length; // exclusive
  const backAfter = end + rng.int(1, 4); // nights at the clinic or in hospital go unrecorded
  const side = drawSide(rng, 0);
  const pain: number[] = [];
  const entries = eachNight(
    rng,
    ctx,
    habits,
    (night, i, day) => {
      if (i >= end && i < backAfter) return null;
      day.recent_surgery_or_bedrest = i >= start - 5 && i <= start + 1;
      if (day.recent_surgery_or_bedrest) day.long_standing_or_exercise = false;
      if (i >= start && i < end) {
        const k = i - start;
        return painNight(rng, night, day, habits, {
          patterns: ['swollen_hot_calf'],
          worst: Math.min(9, 4 + k + rng.int(0, 1)),
          episodes: rng.int(1, 2),
          longest: rng.int(60, 240),
          side,
          relief: collect(rng, [
            ['cold', 0.2],
            ['standing_walking', 0.1],
          ] as const),
          symptoms: [
            ...(ctx.hints?.breathlessAtEpisodeEnd && k === length - 1 ? (['breathlessness'] as const) : []),
            'calf_swelling',
            ...collect(rng, [
              ['calf_warmth', 0.8],
              ['calf_redness', 0.4],
              ['calf_tenderness', 0.9],
            ] as const),
          ],
          woke: rng.chance(0.7),
          note: k === 0 || rng.chance(0.4) ? rng.pick(CLOT_NOTES) : null,
        });
      }
      const capped = recentCount(pain, i) >= 2;
      if (capped || !rng.chance(crampOdds(0.06, day))) return quietNight(rng, night, day, habits, QUIET_NOTES);
      pain.push(i);
      return painNight(rng, night, day, habits, crampSpec(rng), CRAMP_NOTES);
    },
    (i) => i >= start - 3 && i < end,
  );
  return { profile, entries };
};

function clampIndex(index: number, length: number): number {
  return Math.min(Math.max(index, 0), Math.max(length - 1, 0));
}
