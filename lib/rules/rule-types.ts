import type { DiaryEntry } from '../diary/types';
import type { NightContext } from './context';
import type { RiskModifier } from './predicates';

/** What a rule reports when it fires; the engine adds the tier and night N's entry. */
export interface RuleMatch {
  /** Plain-language clinician reason with the specifics of this firing. */
  reason: string;
  /** Entries besides night N that support the firing (window rules); any order, duplicates allowed. */
  evidence?: readonly DiaryEntry[];
  /** Codes of the risk modifiers present that raise the tier, e.g. `['artery_disease']`. */
  modifiers?: readonly RiskModifier[];
}

/** A rule's trigger: `null` when it does not fire on this night. */
export type RuleCheck = (ctx: NightContext) => RuleMatch | null;
