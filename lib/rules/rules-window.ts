import type { Condition } from '../diary/codes';
import type { DiaryEntry } from '../diary/types';
import type { NightContext } from './context';
import { describeRaisedBy } from './labels';
import { type RiskModifier, hasCondition, isPainNight } from './predicates';
import type { RuleCheck, RuleMatch } from './rule-types';
import { median } from './stats';

/*
 * Rules over "the last 7 nights" (N−6 … N) and "the 7 nights before" (N−13 … N−7).
 * They fire whenever the window condition holds as seen from night N, even if N
 * itself is a quiet night: the catalog states them over the windows, not over N.
 * Missing nights are simply absent from the windows, so they never count.
 */

/** Pain nights needed in each of the two windows for recurrent night pain. */
export const RECURRENT_PAIN_NIGHTS = 3;
/** `worst_pain` at or above this is severe. */
export const SEVERE_PAIN = 7;
/** Severe nights needed in the last 7. */
export const SEVERE_PAIN_NIGHTS = 2;
/** How far above the earlier median night N's pain must be to count as worsening. */
export const WORSENING_MARGIN = 3;
/** Pain nights needed in the 7 nights before for a meaningful median (rules version 2). */
export const BASELINE_MIN_PAIN_NIGHTS = 3;
/** Restless-urge nights needed in each of the two windows. */
export const RESTLESS_NIGHTS = 2;
/** Pain nights in the last 7 needed for pregnancy cramps. */
export const PREGNANCY_PAIN_NIGHTS = 3;

/** `soon-recurrent-night-pain`: ≥ 3 pain nights in the last 7 and ≥ 3 in the 7 before. */
export const checkRecurrentNightPain: RuleCheck = ({ lastSeven, sevenBefore }) => {
  const recent = lastSeven.filter(isPainNight);
  const earlier = sevenBefore.filter(isPainNight);
  if (recent.length < RECURRENT_PAIN_NIGHTS || earlier.length < RECURRENT_PAIN_NIGHTS) return null;
  return {
    reason: `Pain on ${recent.length} of the last 7 nights and ${earlier.length} of the 7 nights before`,
    evidence: [...earlier, ...recent],
  };
};

/** Branch 1 of `soon-severe-or-worsening-pain`: worst_pain ≥ 7 on at least 2 of the last 7 nights. */
export const checkSevereNights: RuleCheck = ({ lastSeven }) => {
  const severe = lastSeven.filter((e) => e.worst_pain >= SEVERE_PAIN);
  if (severe.length < SEVERE_PAIN_NIGHTS) return null;
  const scores = severe.map((e) => e.worst_pain).join(', ');
  return {
    reason: `Worst pain ${SEVERE_PAIN} or more on ${severe.length} of the last 7 nights (${scores})`,
    evidence: severe,
  };
};

/**
 * Branch 2 (rules version 2): worst_pain on N at least 3 above the median worst_pain
 * of the pain nights in the 7 nights before, with at least 3 such pain nights.
 * Pain-free entries are left out of the baseline, so a quiet week of zeros does
 * not make an ordinary moderate night look like worsening (docs/rule-versions.md).
 */
function checkWorseningPain({ entry, sevenBefore }: NightContext): RuleMatch | null {
  const painNights = sevenBefore.filter(isPainNight);
  if (painNights.length < BASELINE_MIN_PAIN_NIGHTS) return null;
  const baseline = median(painNights.map((e) => e.worst_pain));
  if (baseline === null || entry.worst_pain < baseline + WORSENING_MARGIN) return null;
  return {
    reason:
      `Worst pain ${entry.worst_pain} on ${entry.night_of}, up from a median of ${baseline} ` +
      `over ${painNights.length} pain nights in the 7 nights before`,
    // The baseline pain nights are what N was compared against, so they are evidence too.
    evidence: painNights,
  };
}

/** A rule that fires when any of its branches does; when several hold, all are reported. */
export function anyBranch(...branches: readonly RuleCheck[]): RuleCheck {
  return (ctx) => {
    const matches = branches.map((branch) => branch(ctx)).filter((m): m is RuleMatch => m !== null);
    if (matches.length === 0) return null;
    return {
      reason: matches.map((m) => m.reason).join('; '),
      evidence: matches.flatMap((m) => m.evidence ?? []),
    };
  };
}

/** `soon-severe-or-worsening-pain`: severe nights, or worsening against the earlier pain nights. */
export const checkSevereOrWorseningPain: RuleCheck = anyBranch(checkSevereNights, checkWorseningPain);

const RESTLESS_CONDITIONS = ['kidney_disease', 'iron_deficiency'] as const satisfies readonly Condition[];

/** Modifiers that raise restless legs to `soon`: kidney disease, iron deficiency, pregnancy. */
function restlessModifiers({ profile, isPregnant }: NightContext): RiskModifier[] {
  const modifiers: RiskModifier[] = RESTLESS_CONDITIONS.filter((c) => hasCondition(profile, c));
  if (isPregnant) modifiers.push('pregnancy');
  return modifiers;
}

function hasRestlessUrge(entry: DiaryEntry): boolean {
  return entry.patterns.includes('restless_urge');
}

/** `routine-restless-legs`: restless urge on ≥ 2 of the last 7 nights and ≥ 2 of the 7 before. */
export const checkRestlessLegs: RuleCheck = (ctx) => {
  const recent = ctx.lastSeven.filter(hasRestlessUrge);
  const earlier = ctx.sevenBefore.filter(hasRestlessUrge);
  if (recent.length < RESTLESS_NIGHTS || earlier.length < RESTLESS_NIGHTS) return null;
  const modifiers = restlessModifiers(ctx);
  return {
    reason:
      `Restless urge on ${recent.length} of the last 7 nights and ${earlier.length} of the 7 nights before` +
      describeRaisedBy(modifiers),
    evidence: [...earlier, ...recent],
    modifiers,
  };
};

/** `routine-pregnancy-cramps`: pregnant on night N and ≥ 3 pain nights in the last 7. */
export const checkPregnancyCramps: RuleCheck = ({ isPregnant, profile, lastSeven }) => {
  if (!isPregnant) return null;
  const painNights = lastSeven.filter(isPainNight);
  if (painNights.length < PREGNANCY_PAIN_NIGHTS) return null;
  return {
    reason: `Pregnant (due ${profile.pregnancy_due_date}) with pain on ${painNights.length} ` + 'of the last 7 nights',
    evidence: painNights,
  };
};
