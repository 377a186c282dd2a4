import type { DiaryEntry } from '../diary/types';
import { CONDITION_LABELS, SIDE_LABELS } from '../presentation/labels';
import { type CalfSign, type RiskModifier, calfSignsOf } from './predicates';

const CALF_SIGN_LABELS: Record<CalfSign, string> = {
  calf_swelling: 'swelling',
  calf_warmth: 'warmth',
  calf_redness: 'redness',
  calf_tenderness: 'tenderness',
  swollen_hot_calf: 'swollen hot calf',
};

/** Prose for firing reasons, built on the one label map (lib/presentation/labels.ts). */

/** Calf signs as prose for a reason, e.g. "Calf swelling and warmth (left side)". */
export function describeCalfSigns(entry: DiaryEntry): string {
  const signs = calfSignsOf(entry).map((s) => CALF_SIGN_LABELS[s]);
  return `Calf ${joinList(signs)} (${SIDE_LABELS[entry.side]})`;
}

/** Suffix naming the risk modifiers that raised a tier ("; raised by diabetes"), or nothing. */
export function describeRaisedBy(modifiers: readonly RiskModifier[]): string {
  if (modifiers.length === 0) return '';
  const labels = modifiers.map((m) => (m === 'pregnancy' ? 'pregnancy' : CONDITION_LABELS[m]));
  return `; raised by ${joinList(labels)}`;
}

/** Joins words as prose: "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Upper-cases the first letter, for labels that open a reason. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
