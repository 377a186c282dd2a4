import { describeRuleCases, entriesAgo } from './test-helpers';

describeRuleCases('emergency-chest-or-breathing', [
  { name: 'chest pain', entry: { symptoms: ['chest_pain'] }, tier: 'emergency', reason: 'chest pain', evidence: [0] },
  { name: 'breathlessness', entry: { symptoms: ['breathlessness'] }, tier: 'emergency' },
  { name: 'coughing blood', entry: { symptoms: ['coughing_blood'] }, tier: 'emergency' },
  { name: 'fainting', entry: { symptoms: ['fainting'] }, tier: 'emergency', modifiers: [] },
  {
    name: 'several listed in the reason',
    entry: { symptoms: ['fainting', 'chest_pain'] },
    tier: 'emergency',
    reason: 'Reported chest pain and fainting',
  },
  { name: 'no chest or breathing symptom', entry: { symptoms: ['calf_swelling', 'fever'] }, tier: null },
  {
    name: 'on an earlier night only: single-night rules look at N alone',
    entry: { worst_pain: 2 },
    history: entriesAgo([1], { symptoms: ['chest_pain'] }),
    tier: null,
  },
]);

describeRuleCases('emergency-sudden-severe-swelling', [
  {
    name: 'sudden severe pain with calf swelling',
    entry: { symptoms: ['sudden_severe_pain', 'calf_swelling'], side: 'left' },
    tier: 'emergency',
    reason: 'left side',
  },
  { name: 'sudden severe pain alone', entry: { symptoms: ['sudden_severe_pain'] }, tier: null },
  { name: 'calf swelling alone', entry: { symptoms: ['calf_swelling'] }, tier: null },
  {
    name: 'swollen_hot_calf pattern is not the calf_swelling symptom',
    entry: { symptoms: ['sudden_severe_pain'], patterns: ['swollen_hot_calf'] },
    tier: null,
  },
]);

describeRuleCases('emergency-limb-threat', [
  { name: 'leg cold, pale or blue', entry: { symptoms: ['leg_cold_pale_blue'] }, tier: 'emergency' },
  { name: 'numbness is not limb threat', entry: { symptoms: ['numbness'] }, tier: null },
]);

describeRuleCases('emergency-cauda-equina', [
  {
    name: 'saddle numbness or bladder change',
    entry: { symptoms: ['saddle_numbness_or_bladder_change'] },
    tier: 'emergency',
  },
  { name: 'leg numbness only', entry: { symptoms: ['numbness', 'tingling'] }, tier: null },
]);

describeRuleCases('emergency-infected-foot-sore', [
  { name: 'sore with fever', entry: { symptoms: ['slow_healing_sores', 'fever'] }, tier: 'emergency' },
  {
    name: 'sore with fever and diabetes is still emergency',
    entry: { symptoms: ['slow_healing_sores', 'fever'] },
    profile: { conditions: ['diabetes'] },
    tier: 'emergency',
  },
  { name: 'sore without fever', entry: { symptoms: ['slow_healing_sores'] }, tier: null },
  { name: 'fever without sore', entry: { symptoms: ['fever'] }, tier: null },
]);
