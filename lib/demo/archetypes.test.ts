import { describe, expect, it } from 'vitest';
import type { DiaryFields } from '../diary/types';
import { ARCHETYPES, ARCHETYPE_IDS, type ArchetypeId, type ArchetypeResult } from './archetypes';
import { entryProblems } from './check-entry';
import { daysBetween } from '../rules/nights';
import { nightsEnding } from './dates';
import { createRng } from './random';

const END = '2025-03-10';
const NIGHTS_90 = nightsEnding(END, 90);
const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i);

function run(id: ArchetypeId, seed: number, nights: readonly string[] = NIGHTS_90): ArchetypeResult {
  return ARCHETYPES[id](createRng(seed), { nights, endNight: nights[nights.length - 1] ?? END });
}

const isPain = (e: DiaryFields): boolean => e.worst_pain >= 1 || e.episodes >= 1 || e.woke_from_pain;
const hasCalfSigns = (e: DiaryFields): boolean =>
  e.patterns.includes('swollen_hot_calf') ||
  e.symptoms.some((s) => ['calf_swelling', 'calf_warmth', 'calf_redness', 'calf_tenderness'].includes(s));

/** Pain nights among the entries in nights [N−to, N−from] of entry night N. */
function painIn(entries: readonly DiaryFields[], night: string, from: number, to: number): number {
  return entries.filter((e) => {
    const ago = daysBetween(e.night_of, night);
    return ago >= from && ago <= to && isPain(e);
  }).length;
}

/** The recurrent-night-pain trigger of docs/rules.md, evaluated on every entry night. */
const recurrentFires = (entries: readonly DiaryFields[]): boolean =>
  entries.some((e) => painIn(entries, e.night_of, 0, 6) >= 3 && painIn(entries, e.night_of, 7, 13) >= 3);

const all = (fn: (r: ArchetypeResult) => DiaryFields[]) => (id: ArchetypeId) => SEEDS.flatMap((s) => fn(run(id, s)));

describe.each(ARCHETYPE_IDS)('archetype %s', (id) => {
  it('keeps every entry within the diary bounds, in order, inside the window', () => {
    for (const length of [1, 4, 30, 90, 365]) {
      const nights = nightsEnding(END, length);
      for (const seed of SEEDS.slice(0, 4)) {
        const { entries, profile } = run(id, seed, nights);
        for (const e of entries) expect(entryProblems(e), e.night_of).toEqual([]);
        const order = entries.map((e) => e.night_of);
        expect(order).toEqual([...new Set(order)].sort());
        if (order.length > 0) expect(nights).toContain(order[0]);
        expect(profile.date_of_birth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('varies between patients and repeats for the same seed', () => {
    expect(run(id, 1)).toEqual(run(id, 1));
    expect(run(id, 1)).not.toEqual(run(id, 2));
  });

  it('never invents emergency symptoms (the demo raises those on purpose, not by chance)', () => {
    const emergency = [
      'chest_pain',
      'breathlessness',
      'coughing_blood',
      'fainting',
      'leg_cold_pale_blue',
      'saddle_numbness_or_bladder_change',
      'fever',
      'sudden_severe_pain',
    ];
    for (const e of all((r) => r.entries)(id)) expect(e.symptoms.filter((s) => emergency.includes(s))).toEqual([]);
  });

  it('shows calf signs only for the clot archetype', () => {
    const withSigns = all((r) => r.entries)(id).filter(hasCalfSigns);
    if (id === 'dvt_episode') expect(withSigns.length).toBeGreaterThan(0);
    else expect(withSigns).toEqual([]);
  });
});

describe('archetype signatures', () => {
  it('benign_cramps: short 3–6 cramps, no symptoms, rarely recurrent', () => {
    const results = SEEDS.map((s) => run('benign_cramps', s));
    const pain = results.flatMap((r) => r.entries.filter(isPain));
    for (const e of pain) {
      expect(e.patterns).toEqual(['sudden_cramp']);
      expect(e.worst_pain).toBeGreaterThanOrEqual(3);
      expect(e.worst_pain).toBeLessThanOrEqual(6);
      expect(e.longest_episode_minutes).toBeLessThanOrEqual(5);
      expect(e.symptoms).toEqual([]);
    }
    const perWeek = (pain.length / results.reduce((n, r) => n + r.entries.length, 0)) * 7;
    expect(perWeek).toBeGreaterThan(0.8);
    expect(perWeek).toBeLessThan(2.2);
    expect(results.filter((r) => recurrentFires(r.entries)).length).toBeLessThanOrEqual(1);
  });

  it('restless_legs: urge on most nights, eased by moving', () => {
    for (const seed of SEEDS) {
      const { entries } = run('restless_legs', seed);
      const urge = entries.filter((e) => e.patterns.includes('restless_urge'));
      expect(urge.length / entries.length).toBeGreaterThan(0.4);
      expect(urge.filter((e) => e.relief.includes('moving_legs')).length / urge.length).toBeGreaterThan(0.6);
    }
  });

  it('pad_rest_pain: artery disease, rest pain that triggers the rest-pain rule', () => {
    for (const seed of SEEDS) {
      const { profile, entries } = run('pad_rest_pain', seed);
      expect(profile.conditions).toContain('artery_disease');
      const restPain = entries.filter(
        (e) =>
          e.symptoms.includes('worse_lying_flat') &&
          (e.relief.includes('dangling_legs') || e.patterns.includes('deep_ache_at_rest')),
      );
      expect(restPain.length).toBeGreaterThan(0);
    }
  });

  it('claudication and neuropathy carry their trigger symptoms and conditions', () => {
    for (const seed of SEEDS) {
      expect(run('claudication', seed).entries.some((e) => e.symptoms.includes('pain_walking_eases_rest'))).toBe(true);
      const nerve = run('neuropathy', seed);
      expect(nerve.profile.conditions.some((c) => c === 'diabetes' || c === 'back_problems')).toBe(true);
      expect(nerve.entries.some((e) => e.patterns.includes('nerve_burning_shooting'))).toBe(true);
      expect(nerve.entries.some((e) => e.symptoms.includes('numbness') || e.symptoms.includes('tingling'))).toBe(true);
    }
  });

  it('dvt_episode: one 4–6 night one-sided episode after surgery or bed rest', () => {
    for (const seed of SEEDS) {
      const { entries } = run('dvt_episode', seed);
      const episode = entries.filter(hasCalfSigns);
      expect(episode.length).toBeGreaterThanOrEqual(4);
      expect(episode.length).toBeLessThanOrEqual(6);
      expect(new Set(episode.map((e) => e.side)).size).toBe(1);
      expect(['left', 'right']).toContain(episode[0]?.side);
      expect(daysBetween(episode[0]!.night_of, episode[episode.length - 1]!.night_of)).toBe(episode.length - 1);
      expect(
        entries.some((e) => e.recent_surgery_or_bedrest && daysBetween(e.night_of, episode[0]!.night_of) <= 5),
      ).toBe(true);
    }
  });

  it('dvt_episode honours a hinted start, for a live flag in the demo', () => {
    const { entries } = ARCHETYPES.dvt_episode(createRng(5), {
      nights: NIGHTS_90,
      endNight: END,
      hints: { episodeStartFromEnd: 6 },
    });
    expect(entries.find(hasCalfSigns)?.night_of).toBe('2025-03-04');
  });

  it('pregnancy: female, due a few months after the last night, frequent cramps', () => {
    for (const seed of SEEDS) {
      const { profile, entries } = run('pregnancy', seed);
      expect(profile.sex).toBe('female');
      const due = daysBetween(END, profile.pregnancy_due_date!);
      expect(due).toBeGreaterThanOrEqual(30);
      expect(due).toBeLessThanOrEqual(120);
      expect(entries.some((e) => e.patterns.includes('pregnancy_cramp'))).toBe(true);
      expect(entries.some((e) => painIn(entries, e.night_of, 0, 6) >= 3)).toBe(true);
    }
  });

  it('medicine_cramps: a cramp-listed medicine in the profile and cramp nights', () => {
    for (const seed of SEEDS) {
      const { profile, entries } = run('medicine_cramps', seed);
      expect(
        profile.medicines.some((m) =>
          ['statin', 'diuretic', 'asthma_beta_agonist', 'calcium_channel_blocker'].includes(m),
        ),
      ).toBe(true);
      expect(entries.some((e) => e.patterns.includes('sudden_cramp'))).toBe(true);
    }
  });
});
