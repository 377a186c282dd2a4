import { RULE_CATALOG, type RuleId } from './catalog';
import type { Tier } from './tiers';

/** What the patient is told to do for each tier (docs/rules.md, "Tiers"). */
export interface TierInstruction {
  /** Short heading for the message box. */
  heading: string;
  /** The instruction itself, in plain words. */
  action: string;
}

/**
 * Per-tier instructions shown to the patient at once, never waiting on a clinician.
 * The emergency number is generic because patients are not all in one country.
 */
export const TIER_INSTRUCTIONS: Record<Tier, TierInstruction> = {
  emergency: {
    heading: 'Get help now',
    action: 'Call emergency services now on your local emergency number. Do not wait for the clinic.',
  },
  urgent: {
    heading: 'Contact a doctor today',
    action: 'Please contact your doctor or an urgent care service today.',
  },
  soon: {
    heading: 'Book an appointment',
    action: 'Please book an appointment with your clinic in the next few days.',
  },
  routine: {
    heading: 'Thank you, your diary is saved',
    action: 'You do not need to do anything else now. Your clinic will talk about it with you at your next visit.',
  },
};

/**
 * The message shown to the patient when `ruleId` fires at `tier`: what they
 * reported, then what to do. Takes the tier after modifiers, since a raised
 * tier changes the instruction (e.g. claudication with diabetes → contact today).
 */
export function patientMessage(ruleId: RuleId, tier: Tier): string {
  return `${RULE_CATALOG[ruleId].patientHint} ${TIER_INSTRUCTIONS[tier].action}`;
}
