/** Public surface of the warning-sign rule engine (docs/rules.md). Pure: no I/O, no clock. */
export { TIERS, isTier, tierRank, maxTier, isHigherTier, type Tier } from './tiers';
export { RULES_VERSION, RULE_IDS, isRuleId, catalogIndex, type RuleId } from './rule-ids';
export { RULE_CATALOG, type RuleInfo } from './catalog';
export { TIER_INSTRUCTIONS, patientMessage, type TierInstruction } from './messages';
export { evaluateNight, type Firing, type RuleInput } from './engine';
export { addDays, daysBetween, isWithin, isValidNight, nightsBetween, type NightWindow } from './nights';
export type { RiskModifier } from './predicates';
export {
  FLAG_STATUSES,
  LIVE_FLAG_STATUSES,
  FLAG_EVENT_TYPES,
  isLiveFlag,
  type FlagStatus,
  type LiveFlagStatus,
  type FlagEventType,
} from './flag-statuses';
