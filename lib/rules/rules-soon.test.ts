import { describeRuleCases } from './test-helpers';

describeRuleCases('soon-bilateral-calf-signs', [
  {
    name: 'swelling on both sides',
    entry: { symptoms: ['calf_swelling', 'calf_redness'], side: 'both' },
    tier: 'soon',
    reason: 'Calf swelling and redness (both sides)',
  },
  {
    name: 'swollen_hot_calf pattern on both sides',
    entry: { patterns: ['swollen_hot_calf'], side: 'both' },
    tier: 'soon',
  },
  { name: 'one side is the DVT rule, not this one', entry: { symptoms: ['calf_swelling'], side: 'left' }, tier: null },
  { name: 'side none is one-sided', entry: { symptoms: ['calf_swelling'], side: 'none' }, tier: null },
  { name: 'both sides without calf signs', entry: { worst_pain: 5, side: 'both' }, tier: null },
]);

const CLAUDICATION = { symptoms: ['pain_walking_eases_rest' as const] };

describeRuleCases('soon-claudication', [
  { name: 'no risk condition', entry: CLAUDICATION, tier: 'soon', modifiers: [] },
  {
    name: 'diabetes raises to urgent',
    entry: CLAUDICATION,
    profile: { conditions: ['diabetes'] },
    tier: 'urgent',
    modifiers: ['diabetes'],
    reason: 'raised by diabetes',
  },
  {
    name: 'kidney disease raises',
    entry: CLAUDICATION,
    profile: { conditions: ['kidney_disease'] },
    tier: 'urgent',
    modifiers: ['kidney_disease'],
  },
  {
    name: 'artery disease raises',
    entry: CLAUDICATION,
    profile: { conditions: ['artery_disease'] },
    tier: 'urgent',
    modifiers: ['artery_disease'],
  },
  {
    name: 'all risk conditions listed in catalog order',
    entry: CLAUDICATION,
    profile: { conditions: ['artery_disease', 'back_problems', 'diabetes'] },
    tier: 'urgent',
    modifiers: ['diabetes', 'artery_disease'],
  },
  {
    name: 'non-risk conditions do not raise',
    entry: CLAUDICATION,
    profile: { conditions: ['back_problems', 'iron_deficiency', 'previous_clot'] },
    tier: 'soon',
    modifiers: [],
  },
  { name: 'no walking pain', entry: { worst_pain: 5 }, profile: { conditions: ['artery_disease'] }, tier: null },
]);

describeRuleCases('soon-skin-changes', [
  { name: 'skin changes', entry: { symptoms: ['skin_changes'] }, tier: 'soon', modifiers: [] },
  { name: 'slow-healing sore without diabetes', entry: { symptoms: ['slow_healing_sores'] }, tier: 'soon' },
  {
    name: 'slow-healing sore with diabetes belongs to the diabetic rule',
    entry: { symptoms: ['slow_healing_sores'] },
    profile: { conditions: ['diabetes'] },
    tier: null,
  },
  {
    name: 'skin changes with diabetes still fire',
    entry: { symptoms: ['skin_changes', 'slow_healing_sores'] },
    profile: { conditions: ['diabetes'] },
    tier: 'soon',
    reason: 'Skin changes',
  },
  {
    name: 'artery disease raises to urgent',
    entry: { symptoms: ['skin_changes'] },
    profile: { conditions: ['artery_disease'] },
    tier: 'urgent',
    modifiers: ['artery_disease'],
  },
  {
    name: 'diabetes or kidney disease do not raise',
    entry: { symptoms: ['skin_changes'] },
    profile: { conditions: ['diabetes', 'kidney_disease'] },
    tier: 'soon',
    modifiers: [],
  },
  { name: 'neither', entry: { symptoms: ['fever'] }, tier: null },
]);

describeRuleCases('soon-numbness', [
  { name: 'numbness', entry: { symptoms: ['numbness'] }, tier: 'soon' },
  { name: 'tingling', entry: { symptoms: ['tingling'], side: 'left' }, tier: 'soon', reason: 'Tingling (left side)' },
  {
    name: 'numbness with foot weakness is left to the urgent rule',
    entry: { symptoms: ['numbness', 'foot_weakness'] },
    tier: null,
  },
  { name: 'neither', entry: { worst_pain: 3 }, tier: null },
]);

const NERVE_PAIN = { patterns: ['nerve_burning_shooting' as const] };

describeRuleCases('soon-neuropathic-pain', [
  { name: 'with diabetes', entry: NERVE_PAIN, profile: { conditions: ['diabetes'] }, tier: 'soon' },
  {
    name: 'with back problems',
    entry: NERVE_PAIN,
    profile: { conditions: ['back_problems'] },
    tier: 'soon',
    modifiers: [],
    reason: 'back problems',
  },
  { name: 'without either condition', entry: NERVE_PAIN, profile: { conditions: ['kidney_disease'] }, tier: null },
  {
    name: 'condition without the pattern',
    entry: { worst_pain: 4 },
    profile: { conditions: ['diabetes'] },
    tier: null,
  },
]);
