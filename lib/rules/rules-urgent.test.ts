import { describeRuleCases } from './test-helpers';

describeRuleCases('urgent-possible-dvt', [
  { name: 'swelling, left', entry: { symptoms: ['calf_swelling'], side: 'left' }, tier: 'urgent', evidence: [0] },
  { name: 'warmth, right', entry: { symptoms: ['calf_warmth'], side: 'right' }, tier: 'urgent' },
  {
    name: 'redness, side none counts as one-sided',
    entry: { symptoms: ['calf_redness'], side: 'none' },
    tier: 'urgent',
  },
  { name: 'tenderness', entry: { symptoms: ['calf_tenderness'], side: 'left' }, tier: 'urgent' },
  { name: 'swollen_hot_calf pattern', entry: { patterns: ['swollen_hot_calf'], side: 'right' }, tier: 'urgent' },
  { name: 'both sides does not fire', entry: { symptoms: ['calf_swelling'], side: 'both' }, tier: null },
  { name: 'no calf signs', entry: { symptoms: ['numbness'], side: 'left', worst_pain: 6 }, tier: null },
  {
    name: 'no risk items says so',
    entry: { symptoms: ['calf_swelling', 'calf_warmth'], side: 'left' },
    tier: 'urgent',
    modifiers: [],
    reason: 'Calf swelling and warmth (left side); no DVT risk items reported',
  },
  {
    name: 'risk items listed, tier stays urgent, no modifiers',
    entry: { symptoms: ['calf_swelling'], side: 'left', recent_surgery_or_bedrest: true },
    profile: { conditions: ['previous_clot', 'active_cancer'], pregnancy_due_date: '2026-06-01' },
    tier: 'urgent',
    modifiers: [],
    reason: 'DVT risk items: previous clot, active cancer, pregnancy and recent surgery or bed rest',
  },
  {
    name: 'due date equal to N is not pregnancy',
    entry: { symptoms: ['calf_swelling'], side: 'left' },
    profile: { pregnancy_due_date: '2026-03-15' },
    tier: 'urgent',
    reason: 'no DVT risk items reported',
  },
]);

describeRuleCases('urgent-rest-pain', [
  {
    name: 'worse lying flat, eased by dangling',
    entry: { symptoms: ['worse_lying_flat'], relief: ['dangling_legs'] },
    tier: 'urgent',
    reason: 'eased by dangling the legs',
  },
  {
    name: 'worse lying flat with deep ache at rest',
    entry: { symptoms: ['worse_lying_flat'], patterns: ['deep_ache_at_rest'] },
    tier: 'urgent',
    reason: 'deep ache at rest',
  },
  { name: 'worse lying flat alone', entry: { symptoms: ['worse_lying_flat'], relief: ['stretching'] }, tier: null },
  {
    name: 'dangling and deep ache without worse lying flat',
    entry: { relief: ['dangling_legs'], patterns: ['deep_ache_at_rest'] },
    tier: null,
  },
]);

describeRuleCases('urgent-prolonged-cramp', [
  {
    name: '11 minutes and nothing helped',
    entry: { longest_episode_minutes: 11, relief: ['nothing_helped'] },
    tier: 'urgent',
  },
  {
    name: 'reason gives the minutes',
    entry: { longest_episode_minutes: 15, relief: ['nothing_helped'] },
    tier: 'urgent',
    reason: 'Longest cramp 15 min and nothing helped',
  },
  { name: 'exactly 10 minutes misses', entry: { longest_episode_minutes: 10, relief: ['nothing_helped'] }, tier: null },
  {
    name: '11 minutes but stretching helped',
    entry: { longest_episode_minutes: 11, relief: ['stretching'] },
    tier: null,
  },
]);

describeRuleCases('urgent-foot-weakness', [
  {
    name: 'foot weakness',
    entry: { symptoms: ['foot_weakness'], side: 'right' },
    tier: 'urgent',
    reason: 'right side',
  },
  { name: 'numbness only', entry: { symptoms: ['numbness'] }, tier: null },
]);

describeRuleCases('urgent-diabetic-foot-sore', [
  {
    name: 'sore with diabetes',
    entry: { symptoms: ['slow_healing_sores'] },
    profile: { conditions: ['diabetes'] },
    tier: 'urgent',
  },
  { name: 'sore without diabetes', entry: { symptoms: ['slow_healing_sores'] }, tier: null },
  {
    name: 'sore and fever with diabetes: the emergency rule covers it',
    entry: { symptoms: ['slow_healing_sores', 'fever'] },
    profile: { conditions: ['diabetes'] },
    tier: null,
  },
  { name: 'diabetes without a sore', entry: { worst_pain: 4 }, profile: { conditions: ['diabetes'] }, tier: null },
]);
