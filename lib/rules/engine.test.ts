import { describe, expect, it } from 'vitest';
import { evaluateNight } from './engine';
import { RULE_CATALOG } from './catalog';
import { RULE_CHECKS } from './rules';
import { RULE_IDS } from './rule-ids';
import { tierRank } from './tiers';
import { NIGHT, entriesAgo, evaluateScenario, makeEntry, makeProfile, nightsAgo, type Scenario } from './test-helpers';

const ids = (scenario: Scenario) => evaluateScenario(scenario).map((f) => f.ruleId);

describe('evaluateNight: nothing fires', () => {
  it.each<[string, Scenario]>([
    ['an empty night with no history', {}],
    ['mild pain without risk factors or history', { entry: { worst_pain: 3, episodes: 1, relief: ['stretching'] } }],
    [
      'a quiet night in a patient with every condition',
      {
        profile: {
          conditions: ['diabetes', 'kidney_disease', 'artery_disease', 'back_problems'],
          medicines: ['statin'],
        },
      },
    ],
    [
      'earlier warning signs on other nights only',
      {
        history: entriesAgo([1, 2], { symptoms: ['chest_pain', 'calf_swelling', 'foot_weakness'] }),
      },
    ],
  ])('%s', (_name, scenario) => {
    expect(evaluateScenario(scenario)).toEqual([]);
  });
});

describe('evaluateNight: several rules together', () => {
  it('one-sided swollen calf with sudden pain and breathlessness', () => {
    expect(
      ids({
        entry: { symptoms: ['breathlessness', 'sudden_severe_pain', 'calf_swelling'], side: 'left', worst_pain: 9 },
      }),
    ).toEqual(['emergency-chest-or-breathing', 'emergency-sudden-severe-swelling', 'urgent-possible-dvt']);
  });

  it('diabetic with sore, numbness and nerve pain on a pain night', () => {
    expect(
      ids({
        entry: { symptoms: ['slow_healing_sores', 'numbness'], patterns: ['nerve_burning_shooting'], worst_pain: 4 },
        profile: { conditions: ['diabetes'], medicines: ['diuretic'] },
      }),
    ).toEqual([
      'urgent-diabetic-foot-sore',
      'soon-numbness',
      'soon-neuropathic-pain',
      'routine-medicine-review',
      'routine-risk-condition',
    ]);
  });

  it('sore with fever and no diabetes: emergency plus skin changes', () => {
    expect(ids({ entry: { symptoms: ['slow_healing_sores', 'fever'] } })).toEqual([
      'emergency-infected-foot-sore',
      'soon-skin-changes',
    ]);
  });

  it('raised tiers sort with their new tier, then in catalog order', () => {
    const firings = evaluateScenario({
      entry: { symptoms: ['pain_walking_eases_rest', 'skin_changes', 'foot_weakness', 'numbness'], worst_pain: 2 },
      profile: { conditions: ['artery_disease'] },
    });
    expect(firings.map((f) => [f.ruleId, f.tier])).toEqual([
      ['urgent-foot-weakness', 'urgent'],
      ['soon-claudication', 'urgent'],
      ['soon-skin-changes', 'urgent'],
      ['routine-risk-condition', 'routine'],
    ]);
    expect(firings[1]?.baseTier).toBe('soon');
  });

  it('window and single-night rules fire together, evidence per rule', () => {
    const firings = evaluateScenario({
      entry: { worst_pain: 8, longest_episode_minutes: 20, relief: ['nothing_helped'] },
      history: [...entriesAgo([1, 2], { worst_pain: 7 }), ...entriesAgo([7, 8, 9], { worst_pain: 2 })],
      profile: { pregnancy_due_date: '2026-07-01' },
    });
    expect(firings.map((f) => f.ruleId)).toEqual([
      'urgent-prolonged-cramp',
      'soon-recurrent-night-pain',
      'soon-severe-or-worsening-pain',
      'routine-pregnancy-cramps',
    ]);
    expect(firings[0]?.evidenceNights).toEqual([NIGHT]);
    expect(firings[1]?.evidenceNights).toEqual([9, 8, 7, 2, 1, 0].map(nightsAgo));
    expect(firings[3]?.evidenceNights).toEqual([2, 1, 0].map(nightsAgo));
  });

  it('every firing is sorted highest tier first', () => {
    const firings = evaluateScenario({
      entry: {
        symptoms: ['chest_pain', 'calf_redness', 'tingling', 'skin_changes', 'worse_lying_flat'],
        patterns: ['deep_ache_at_rest', 'restless_urge'],
        worst_pain: 7,
        new_medicine: true,
      },
      history: entriesAgo([1, 7, 8], { patterns: ['restless_urge'], worst_pain: 7 }),
    });
    const ranks = firings.map((f) => tierRank(f.tier));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(firings.length).toBeGreaterThanOrEqual(6);
  });
});

describe('evaluateNight: input handling', () => {
  it('entry wins over a stale copy of night N in entries', () => {
    const stale = makeEntry({ id: 'stale', symptoms: ['chest_pain'] });
    const entry = makeEntry({ id: 'fresh', symptoms: ['foot_weakness'] });
    const firings = evaluateNight({ profile: makeProfile(), entry, entries: [stale] });
    expect(firings.map((f) => f.ruleId)).toEqual(['urgent-foot-weakness']);
    expect(firings[0]?.evidenceEntryIds).toEqual(['fresh']);
  });

  it('a stale copy of N does not add a pain night to the windows', () => {
    const stale = makeEntry({ id: 'stale', worst_pain: 5 });
    const twoRecentPainNights = [stale, ...entriesAgo([1, 2, 7, 8, 9], { worst_pain: 2 })];
    expect(ids({ entry: {}, history: twoRecentPainNights })).not.toContain('soon-recurrent-night-pain');
    const threeRecentPainNights = [stale, ...entriesAgo([1, 2, 3, 7, 8, 9], { worst_pain: 2 })];
    expect(ids({ entry: {}, history: threeRecentPainNights })).toContain('soon-recurrent-night-pain');
  });

  it('entries in any order give the same result', () => {
    const history = entriesAgo([9, 1, 8, 2, 7], { worst_pain: 2 });
    const forward = evaluateScenario({ entry: { worst_pain: 2 }, history });
    const backward = evaluateScenario({ entry: { worst_pain: 2 }, history: [...history].reverse() });
    expect(backward).toEqual(forward);
  });

  it('evidence ids follow the evidence nights', () => {
    const history = entriesAgo([1, 7, 8], { patterns: ['restless_urge'] }).map((e, i) => ({ ...e, id: `id-${i}` }));
    const firing = evaluateScenario({ entry: { patterns: ['restless_urge'] }, history }).find(
      (f) => f.ruleId === 'routine-restless-legs',
    );
    expect(firing?.evidenceNights).toEqual([8, 7, 1, 0].map(nightsAgo));
    expect(firing?.evidenceEntryIds).toEqual(['id-2', 'id-1', 'id-0', `e-${NIGHT}`]);
  });

  it('works across a month and year boundary', () => {
    const entry = makeEntry({ night_of: '2027-01-03', worst_pain: 2 });
    const entries = ['2027-01-02', '2027-01-01', '2026-12-27', '2026-12-26', '2026-12-21'].map((night_of) =>
      makeEntry({ night_of, worst_pain: 2 }),
    );
    const firings = evaluateNight({ profile: makeProfile(), entry, entries });
    expect(firings.map((f) => f.ruleId)).toEqual(['soon-recurrent-night-pain']);
  });

  it('does not mutate its input', () => {
    const history = Object.freeze(entriesAgo([2, 1, 9, 8, 7], { worst_pain: 2 }).map((e) => Object.freeze(e)));
    const entry = Object.freeze(makeEntry({ worst_pain: 2 }));
    expect(() => evaluateNight({ profile: makeProfile(), entry, entries: history })).not.toThrow();
  });

  it('rejects a malformed night', () => {
    const entry = makeEntry({ night_of: '2026-02-30' });
    expect(() => evaluateNight({ profile: makeProfile(), entry, entries: [] })).toThrow(RangeError);
  });
});

describe('rule registry', () => {
  it('has a check for every catalog id and nothing else', () => {
    expect(Object.keys(RULE_CHECKS).sort()).toEqual([...RULE_IDS].sort());
  });

  it('only rules with a raised tier report modifiers', () => {
    const everything = evaluateScenario({
      entry: {
        symptoms: ['pain_walking_eases_rest', 'skin_changes', 'calf_swelling'],
        patterns: ['restless_urge'],
        worst_pain: 3,
      },
      history: entriesAgo([1, 7, 8], { patterns: ['restless_urge'] }),
      profile: {
        conditions: ['diabetes', 'kidney_disease', 'artery_disease', 'iron_deficiency', 'previous_clot'],
        pregnancy_due_date: '2026-09-01',
      },
    });
    for (const firing of everything) {
      const raised = RULE_CATALOG[firing.ruleId].raisedTier;
      expect(firing.modifiers.length > 0 ? raised : firing.baseTier).toBe(firing.tier);
      if (!raised) expect(firing.modifiers).toEqual([]);
    }
  });
});
