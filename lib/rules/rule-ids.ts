/**
 * Version of the rule catalog (docs/rules.md, docs/rule-versions.md). Every flag records the version that
 * raised it; bump this whenever a trigger, tier or message changes.
 */
export const RULES_VERSION = '2026-12-03.2';

/**
 * Every rule id in catalog order. Ids are stable: they appear in the API,
 * exports and the audit log, so never rename one.
 */
export const RULE_IDS = [
  'emergency-chest-or-breathing',
  'emergency-sudden-severe-swelling',
  'emergency-limb-threat',
  'emergency-cauda-equina',
  'emergency-infected-foot-sore',
  'urgent-possible-dvt',
  'urgent-rest-pain',
  'urgent-prolonged-cramp',
  'urgent-foot-weakness',
  'urgent-diabetic-foot-sore',
  'soon-bilateral-calf-signs',
  'soon-claudication',
  'soon-skin-changes',
  'soon-numbness',
  'soon-neuropathic-pain',
  'soon-recurrent-night-pain',
  'soon-severe-or-worsening-pain',
  'routine-restless-legs',
  'routine-medicine-review',
  'routine-risk-condition',
  'routine-pregnancy-cramps',
] as const;

/** One of the catalog's rule ids. */
export type RuleId = (typeof RULE_IDS)[number];

/** True when `value` is a known rule id (for data read back from storage or the API). */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

/** Position of a rule in the catalog, used to order firings of equal tier. */
export function catalogIndex(ruleId: RuleId): number {
  return RULE_IDS.indexOf(ruleId);
}
