/**
 * Builders and a table runner for rule-engine tests. Not imported by the engine itself.
 */
import { describe, expect, it } from 'vitest';
import { emptyDiaryFields } from '../diary/empty';
import type { DiaryEntry, PatientProfile } from '../diary/types';
import { RULE_CATALOG } from './catalog';
import { evaluateNight, type Firing } from './engine';
import { addDays } from './nights';
import type { RuleId } from './rule-ids';
import type { Tier } from './tiers';

/** Night N used throughout the tests. */
export const NIGHT = '2026-03-15';

/** The night `k` nights before N (k = 0 is N). */
export function nightsAgo(k: number): string {
  return addDays(NIGHT, -k);
}

/**
 * An entry with every field at its empty value (false, 0, [], null, side `none`,
 * worst_pain 0) on night N, overridden by `overrides`. The id defaults to
 * `e-<night>` so evidence ids are predictable.
 */
export function makeEntry(overrides: Partial<DiaryEntry> = {}): DiaryEntry {
  const night = overrides.night_of ?? NIGHT;
  return { id: `e-${night}`, ...emptyDiaryFields(night), ...overrides };
}

/** A profile with nothing set, overridden by `overrides`. */
export function makeProfile(overrides: Partial<PatientProfile> = {}): PatientProfile {
  return {
    date_of_birth: null,
    sex: null,
    conditions: [],
    medicines: [],
    pregnancy_due_date: null,
    ...overrides,
  };
}

/** Entries `k` nights before N for each k, all with the same overrides. */
export function entriesAgo(ks: readonly number[], overrides: Partial<DiaryEntry> = {}): DiaryEntry[] {
  return ks.map((k) => makeEntry({ ...overrides, night_of: nightsAgo(k) }));
}

/** A test scenario: night N's entry, earlier entries and the profile, all optional. */
export interface Scenario {
  entry?: Partial<DiaryEntry>;
  history?: readonly DiaryEntry[];
  profile?: Partial<PatientProfile>;
}

/** Runs the engine on a scenario. */
export function evaluateScenario({ entry = {}, history = [], profile = {} }: Scenario): Firing[] {
  return evaluateNight({ profile: makeProfile(profile), entry: makeEntry(entry), entries: history });
}

/** The firing of one rule in a scenario, or undefined if it did not fire. */
export function firingOf(ruleId: RuleId, scenario: Scenario): Firing | undefined {
  return evaluateScenario(scenario).find((f) => f.ruleId === ruleId);
}

/** One row of a rule's test table. */
export interface RuleCase extends Scenario {
  name: string;
  /** Expected tier after modifiers, or null when the rule must not fire. */
  tier: Tier | null;
  /** Expected modifier codes (checked when given; [] is checked too). */
  modifiers?: string[];
  /** Text the reason must contain (checked when given). */
  reason?: string;
  /** Expected evidence as nights-ago offsets, ascending by night (checked when given). */
  evidence?: number[];
}

/** Table-driven check of one rule: every row fires at its tier or does not fire. */
export function describeRuleCases(ruleId: RuleId, cases: readonly RuleCase[]): void {
  describe(ruleId, () => {
    it.each(cases)('$name', (c) => {
      const firing = firingOf(ruleId, c);
      if (c.tier === null) {
        expect(firing).toBeUndefined();
        return;
      }
      expect(firing, 'rule should fire').toBeDefined();
      if (!firing) return;
      expect(firing.tier).toBe(c.tier);
      expect(firing.baseTier).toBe(RULE_CATALOG[ruleId].baseTier);
      expect(firing.evidenceNights).toContain(NIGHT);
      if (c.modifiers) expect(firing.modifiers).toEqual(c.modifiers);
      if (c.reason) expect(firing.reason).toContain(c.reason);
      if (c.evidence) {
        const nights = [...c.evidence].sort((a, b) => b - a).map(nightsAgo);
        expect(firing.evidenceNights).toEqual(nights);
        expect(firing.evidenceEntryIds).toEqual(nights.map((n) => `e-${n}`));
      }
    });
  });
}
