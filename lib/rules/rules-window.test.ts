import { addDays } from './nights';
import { NIGHT, describeRuleCases, entriesAgo, makeEntry, nightsAgo } from './test-helpers';

const PAIN = { worst_pain: 2 };

/** Entries by nights-ago offset with the given worst_pain, e.g. `{ 7: 2, 8: 3 }`. */
function painAgo(scores: Record<number, number>) {
  return Object.entries(scores).map(([ago, worst_pain]) => makeEntry({ night_of: nightsAgo(Number(ago)), worst_pain }));
}

describeRuleCases('soon-recurrent-night-pain', [
  {
    name: '3 pain nights in each window',
    entry: PAIN,
    history: entriesAgo([1, 2, 7, 8, 9], PAIN),
    tier: 'soon',
    reason: 'Pain on 3 of the last 7 nights and 3 of the 7 nights before',
    evidence: [0, 1, 2, 7, 8, 9],
  },
  { name: 'only 2 in the last 7', entry: PAIN, history: entriesAgo([1, 7, 8, 9], PAIN), tier: null },
  { name: 'only 2 in the 7 before', entry: PAIN, history: entriesAgo([1, 2, 7, 8], PAIN), tier: null },
  {
    name: 'window edges N−6, N−7 and N−13 count; a quiet N still fires and is in the evidence',
    entry: {},
    history: entriesAgo([4, 5, 6, 7, 12, 13], PAIN),
    tier: 'soon',
    evidence: [0, 4, 5, 6, 7, 12, 13],
  },
  { name: 'N−14 is outside the windows', entry: PAIN, history: entriesAgo([1, 2, 7, 8, 14], PAIN), tier: null },
  {
    name: 'quiet entries are not pain nights',
    entry: PAIN,
    history: [...entriesAgo([1, 2, 7, 8], PAIN), ...entriesAgo([9, 10, 11])],
    tier: null,
  },
  {
    name: 'episodes or waking alone make a pain night',
    entry: { episodes: 1 },
    history: [
      ...entriesAgo([1], { woke_from_pain: true }),
      ...entriesAgo([2], { worst_pain: 1 }),
      ...entriesAgo([7], { episodes: 2 }),
      ...entriesAgo([8], { woke_from_pain: true }),
      ...entriesAgo([9], { worst_pain: 1 }),
    ],
    tier: 'soon',
  },
  {
    name: 'nights after N are ignored',
    entry: PAIN,
    history: [
      ...entriesAgo([1, 7, 8, 9], PAIN),
      makeEntry({ ...PAIN, night_of: addDays(NIGHT, 1) }),
      makeEntry({ ...PAIN, night_of: addDays(NIGHT, 2) }),
    ],
    tier: null,
  },
]);

describeRuleCases('soon-severe-or-worsening-pain', [
  {
    name: 'worst pain ≥ 7 on 2 of the last 7 nights',
    entry: { worst_pain: 7 },
    history: entriesAgo([3], { worst_pain: 8 }),
    tier: 'soon',
    reason: 'Worst pain 7 or more on 2 of the last 7 nights (8, 7)',
    evidence: [0, 3],
  },
  { name: 'only one severe night', entry: { worst_pain: 7 }, history: entriesAgo([3], { worst_pain: 6 }), tier: null },
  {
    name: 'severe nights need not include N',
    entry: { worst_pain: 1 },
    history: entriesAgo([2, 6], { worst_pain: 9 }),
    tier: 'soon',
    evidence: [0, 2, 6],
  },
  {
    name: 'a severe night at N−7 is not in the last 7',
    entry: { worst_pain: 7 },
    history: entriesAgo([7], { worst_pain: 9 }),
    tier: null,
  },
  {
    name: 'median +3 with exactly 3 earlier pain nights (the boundary)',
    entry: { worst_pain: 6 },
    history: painAgo({ 7: 2, 8: 3, 9: 4 }),
    tier: 'soon',
    reason: 'up from a median of 3 over 3 pain nights in the 7 nights before',
    evidence: [0, 7, 8, 9],
  },
  {
    name: 'median +2 just misses',
    entry: { worst_pain: 5 },
    history: painAgo({ 7: 2, 8: 3, 9: 4 }),
    tier: null,
  },
  {
    name: 'only 2 earlier pain nights is no baseline, however many quiet entries surround them',
    entry: { worst_pain: 9 },
    history: [...painAgo({ 7: 2, 8: 2 }), ...entriesAgo([9, 10, 11, 12, 13])],
    tier: null,
  },
  {
    name: 'exactly 3 pain nights among quiet entries: the baseline is the 3 pain nights',
    entry: { worst_pain: 5 },
    history: [...painAgo({ 7: 2, 10: 2, 13: 2 }), ...entriesAgo([8, 9, 11, 12])],
    tier: 'soon',
    reason: 'up from a median of 2 over 3 pain nights',
    evidence: [0, 7, 10, 13],
  },
  {
    name: 'the version-1 false positive: a moderate night after a quiet week of 0-pain entries no longer fires',
    entry: { worst_pain: 3 },
    history: entriesAgo([7, 8, 9, 10, 11, 12, 13], { worst_pain: 0 }),
    tier: null,
  },
  {
    name: 'pain-free nights do not lower the median (v1 would have had a median of 0)',
    entry: { worst_pain: 6 },
    history: [...painAgo({ 7: 4, 8: 4, 9: 4 }), ...entriesAgo([10, 11, 12, 13])],
    tier: null,
  },
  {
    name: 'pain-free nights are not evidence when the rule does fire',
    entry: { worst_pain: 7 },
    history: [...painAgo({ 7: 4, 8: 4, 9: 4 }), ...entriesAgo([10, 11, 12, 13])],
    tier: 'soon',
    reason: 'median of 4 over 3 pain nights',
    evidence: [0, 7, 8, 9],
  },
  {
    name: 'a pain night by episodes or waking counts in the baseline with its worst pain of 0',
    entry: { worst_pain: 3 },
    history: [...entriesAgo([7, 8], { episodes: 1 }), ...entriesAgo([9], { woke_from_pain: true })],
    tier: 'soon',
    reason: 'median of 0 over 3 pain nights',
  },
  {
    name: 'even count: median is the mean of the middle two (3)',
    entry: { worst_pain: 6 },
    history: painAgo({ 7: 1, 8: 2, 9: 4, 10: 5 }),
    tier: 'soon',
    reason: 'median of 3 over 4 pain nights',
  },
  {
    name: 'even count of pain nights among quiet entries: quiet ones do not shift the middle',
    entry: { worst_pain: 6 },
    history: [...painAgo({ 7: 1, 8: 2, 9: 4, 10: 5 }), ...entriesAgo([11, 12, 13])],
    tier: 'soon',
    reason: 'median of 3 over 4 pain nights',
    evidence: [0, 7, 8, 9, 10],
  },
  {
    name: 'even count: 5 is only median +2',
    entry: { worst_pain: 5 },
    history: painAgo({ 7: 1, 8: 2, 9: 4, 10: 5 }),
    tier: null,
  },
  {
    name: 'fractional median 2.5: 5 is below 5.5',
    entry: { worst_pain: 5 },
    history: painAgo({ 7: 1, 8: 2, 9: 3, 10: 4 }),
    tier: null,
  },
  {
    name: 'fractional median 2.5: 6 reaches 5.5',
    entry: { worst_pain: 6 },
    history: painAgo({ 7: 1, 8: 2, 9: 3, 10: 4 }),
    tier: 'soon',
    reason: 'median of 2.5 over 4 pain nights',
  },
  {
    name: 'missing earlier nights are not zeros',
    entry: { worst_pain: 6 },
    history: entriesAgo([7, 8, 9], { worst_pain: 4 }),
    tier: null,
  },
  {
    name: 'recent nights do not count toward the baseline',
    entry: { worst_pain: 6 },
    history: [...painAgo({ 1: 1, 2: 1, 3: 1 }), ...painAgo({ 7: 1, 8: 1 })],
    tier: null,
  },
  {
    name: 'both branches: reason and evidence cover both',
    entry: { worst_pain: 8 },
    history: [...entriesAgo([1], { worst_pain: 9 }), ...entriesAgo([7, 8, 9], { worst_pain: 2 })],
    tier: 'soon',
    reason: '(9, 8); Worst pain 8 on 2026-03-15, up from a median of 2',
    evidence: [0, 1, 7, 8, 9],
  },
]);

const RESTLESS = { patterns: ['restless_urge' as const] };
const RESTLESS_HISTORY = entriesAgo([1, 7, 8], RESTLESS);

describeRuleCases('routine-restless-legs', [
  {
    name: '2 in each window',
    entry: RESTLESS,
    history: RESTLESS_HISTORY,
    tier: 'routine',
    modifiers: [],
    evidence: [0, 1, 7, 8],
  },
  { name: 'only 1 in the last 7', entry: RESTLESS, history: entriesAgo([7, 8], RESTLESS), tier: null },
  { name: 'only 1 in the 7 before', entry: RESTLESS, history: entriesAgo([1, 7], RESTLESS), tier: null },
  {
    name: 'a quiet N still fires from the windows',
    entry: {},
    history: entriesAgo([1, 2, 7, 8], RESTLESS),
    tier: 'routine',
    evidence: [0, 1, 2, 7, 8],
  },
  {
    name: 'kidney disease raises to soon',
    entry: RESTLESS,
    history: RESTLESS_HISTORY,
    profile: { conditions: ['kidney_disease'] },
    tier: 'soon',
    modifiers: ['kidney_disease'],
    reason: 'raised by kidney disease',
  },
  {
    name: 'iron deficiency raises to soon',
    entry: RESTLESS,
    history: RESTLESS_HISTORY,
    profile: { conditions: ['iron_deficiency'] },
    tier: 'soon',
    modifiers: ['iron_deficiency'],
  },
  {
    name: 'pregnancy (due after N) raises to soon',
    entry: RESTLESS,
    history: RESTLESS_HISTORY,
    profile: { pregnancy_due_date: '2026-03-16' },
    tier: 'soon',
    modifiers: ['pregnancy'],
  },
  {
    name: 'due date equal to N does not raise',
    entry: RESTLESS,
    history: RESTLESS_HISTORY,
    profile: { pregnancy_due_date: NIGHT },
    tier: 'routine',
    modifiers: [],
  },
  {
    name: 'all three modifiers',
    entry: RESTLESS,
    history: RESTLESS_HISTORY,
    profile: { conditions: ['iron_deficiency', 'kidney_disease'], pregnancy_due_date: '2026-08-01' },
    tier: 'soon',
    modifiers: ['kidney_disease', 'iron_deficiency', 'pregnancy'],
  },
  {
    name: 'diabetes does not raise',
    entry: RESTLESS,
    history: RESTLESS_HISTORY,
    profile: { conditions: ['diabetes'] },
    tier: 'routine',
    modifiers: [],
  },
]);

const PREGNANT = { pregnancy_due_date: '2026-06-01' };
const TWO_PAIN_NIGHTS = entriesAgo([1, 2], PAIN);

describeRuleCases('routine-pregnancy-cramps', [
  {
    name: 'pregnant with 3 pain nights',
    entry: PAIN,
    history: entriesAgo([1, 2], PAIN),
    profile: PREGNANT,
    tier: 'routine',
    reason: 'Pregnant (due 2026-06-01) with pain on 3 of the last 7 nights',
    evidence: [0, 1, 2],
  },
  {
    name: 'due the day after N',
    entry: PAIN,
    history: TWO_PAIN_NIGHTS,
    profile: { pregnancy_due_date: '2026-03-16' },
    tier: 'routine',
  },
  {
    name: 'due date equal to N',
    entry: PAIN,
    history: TWO_PAIN_NIGHTS,
    profile: { pregnancy_due_date: NIGHT },
    tier: null,
  },
  {
    name: 'due date before N',
    entry: PAIN,
    history: TWO_PAIN_NIGHTS,
    profile: { pregnancy_due_date: '2026-01-01' },
    tier: null,
  },
  { name: 'no due date', entry: PAIN, history: entriesAgo([1, 2], PAIN), tier: null },
  { name: 'only 2 pain nights', entry: PAIN, history: entriesAgo([1], PAIN), profile: PREGNANT, tier: null },
  {
    name: 'a missing night and a quiet night are not pain',
    entry: PAIN,
    history: [...entriesAgo([1], PAIN), ...entriesAgo([3])],
    profile: PREGNANT,
    tier: null,
  },
  {
    name: 'pain at N−7 is outside the last 7',
    entry: PAIN,
    history: entriesAgo([1, 7], PAIN),
    profile: PREGNANT,
    tier: null,
  },
]);
