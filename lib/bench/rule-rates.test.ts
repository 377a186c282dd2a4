import { describe, expect, it } from 'vitest';
import type { DemoPatient } from '../demo/generate';
import { emptyDiaryFields } from '../diary/empty';
import type { DiaryFields } from '../diary/types';
import { addDays } from '../rules';
import { RULE_CHECKS } from '../rules/rules';
import { entriesAgo, makeEntry, makeProfile, nightsAgo } from '../rules/test-helpers';
import { compareRuleVersions, formatRatesTable, patientMonths, simulateFlags } from './rule-rates';
import { RULE_CHECKS_V1 } from './rules-v1';

const RULE = 'soon-severe-or-worsening-pain';
const profile = makeProfile();
const ascending = <T extends { night_of: string }>(entries: T[]) =>
  [...entries].sort((a, b) => a.night_of.localeCompare(b.night_of));

/** A quiet week (N−13 … N−7) and then a moderate night N: version 1's false positive. */
const quietWeekThenModerate = ascending([
  ...entriesAgo([7, 8, 9, 10, 11, 12, 13]),
  makeEntry({ worst_pain: 3, episodes: 1 }),
]);

describe('simulateFlags', () => {
  it('raises the version-1 false positive under version 1 only', () => {
    const v1 = simulateFlags({ profile, entries: quietWeekThenModerate }, RULE_CHECKS_V1);
    const v2 = simulateFlags({ profile, entries: quietWeekThenModerate }, RULE_CHECKS);
    expect(v1).toEqual([{ ruleId: RULE, tier: 'soon', raisedNight: nightsAgo(0) }]);
    expect(v2).toEqual([]);
  });

  it('keeps one live flag per rule until the clinic resolves it at the overdue mark, then opens a new one', () => {
    // Bilateral calf signs every night for 10 nights: a `soon` flag lives 7 nights.
    const nights = ascending(entriesAgo([9, 8, 7, 6, 5, 4, 3, 2, 1, 0], { side: 'both', symptoms: ['calf_swelling'] }));
    const flags = simulateFlags({ profile, entries: nights }).filter((f) => f.ruleId === 'soon-bilateral-calf-signs');
    expect(flags.map((f) => f.raisedNight)).toEqual([nightsAgo(9), nightsAgo(2)]);
  });

  it('an urgent flag is dealt with before the next night, so each firing night raises one', () => {
    const nights = ascending(entriesAgo([2, 1, 0], { side: 'left', symptoms: ['calf_swelling'] }));
    const flags = simulateFlags({ profile, entries: nights }).filter((f) => f.ruleId === 'urgent-possible-dvt');
    expect(flags).toHaveLength(3);
  });
});

describe('patientMonths', () => {
  it('spans first to last entry night, both included, in 30-night months', () => {
    expect(patientMonths([{ night_of: '2026-01-01' }, { night_of: '2026-01-30' }])).toBe(1);
    expect(patientMonths([])).toBe(0);
  });
});

describe('compareRuleVersions', () => {
  const fields = (night_of: string, overrides: Partial<DiaryFields> = {}): DiaryFields => ({
    ...emptyDiaryFields(night_of),
    ...overrides,
  });
  const start = '2026-03-01';
  const quiet = Array.from({ length: 7 }, (_, i) => fields(addDays(start, i)));
  const patient = (email: string, archetype: DemoPatient['archetype'], entries: DiaryFields[]): DemoPatient => ({
    email,
    name: email,
    archetype,
    profile,
    entries,
  });
  const patients = [
    patient('a', 'benign_cramps', [...quiet, fields(addDays(start, 14), { worst_pain: 3, episodes: 1 })]),
    patient('b', 'restless_legs', quiet),
  ];

  it('totals flags per archetype in the given order and adds an "all" row', () => {
    const rows = compareRuleVersions({
      patients,
      before: RULE_CHECKS_V1,
      after: RULE_CHECKS,
      ruleId: RULE,
      order: ['restless_legs', 'benign_cramps'],
    });
    expect(rows.map((r) => r.archetype)).toEqual(['restless_legs', 'benign_cramps', 'all']);
    expect(rows[1]).toMatchObject({ patients: 1, before: { rule: 1, soon: 1 }, after: { rule: 0, soon: 0 } });
    expect(rows[2]).toMatchObject({ patients: 2, before: { rule: 1 }, after: { rule: 0 } });
    expect(rows[1]!.patientMonths).toBeCloseTo(15 / 30);

    const table = formatRatesTable(rows, RULE).split('\n');
    expect(table).toHaveLength(2 + 3);
    expect(table[3]).toBe('| benign_cramps | 1 | 0.5 | 2.00 → 0.00 | 2.00 → 0.00 | 2.00 → 0.00 |');
  });
});
