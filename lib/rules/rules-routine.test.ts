import { describeRuleCases } from './test-helpers';

describeRuleCases('routine-medicine-review', [
  {
    name: 'pain night on a diuretic',
    entry: { worst_pain: 2 },
    profile: { medicines: ['diuretic'] },
    tier: 'routine',
    reason: 'taking diuretic',
  },
  {
    name: 'asthma beta-agonist',
    entry: { worst_pain: 1 },
    profile: { medicines: ['asthma_beta_agonist'] },
    tier: 'routine',
  },
  {
    name: 'statin, pain night by episodes',
    entry: { episodes: 1 },
    profile: { medicines: ['statin'] },
    tier: 'routine',
  },
  {
    name: 'calcium channel blocker, pain night by waking',
    entry: { woke_from_pain: true },
    profile: { medicines: ['calcium_channel_blocker'] },
    tier: 'routine',
  },
  {
    name: 'new medicine',
    entry: { worst_pain: 3, new_medicine: true },
    tier: 'routine',
    reason: 'a new medicine started',
  },
  { name: 'only "other" medicine', entry: { worst_pain: 3 }, profile: { medicines: ['other'] }, tier: null },
  { name: 'not a pain night', entry: { new_medicine: true }, profile: { medicines: ['statin'] }, tier: null },
]);

describeRuleCases('routine-risk-condition', [
  { name: 'diabetes', entry: { worst_pain: 2 }, profile: { conditions: ['diabetes'] }, tier: 'routine' },
  { name: 'kidney disease', entry: { episodes: 2 }, profile: { conditions: ['kidney_disease'] }, tier: 'routine' },
  {
    name: 'artery disease',
    entry: { woke_from_pain: true },
    profile: { conditions: ['artery_disease'] },
    tier: 'routine',
    modifiers: [],
    reason: 'artery disease',
  },
  { name: 'not a risk condition', entry: { worst_pain: 2 }, profile: { conditions: ['back_problems'] }, tier: null },
  { name: 'risk condition but no pain', entry: {}, profile: { conditions: ['diabetes'] }, tier: null },
]);
