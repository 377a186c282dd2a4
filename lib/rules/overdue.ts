import type { Tier } from './';

const HOUR_MS = 3_600_000;

/** How long a flag may stay open and unacknowledged before the worklist marks it overdue (docs/rules.md, "Tiers"). */
export const OVERDUE_AFTER_MS: Record<Tier, number> = {
  emergency: HOUR_MS,
  urgent: 24 * HOUR_MS,
  soon: 7 * 24 * HOUR_MS,
  routine: 30 * 24 * HOUR_MS,
};

export interface OverdueInput {
  tier: Tier;
  status: 'open' | 'acknowledged' | 'resolved';
  /**
   * When the flag reached its current tier: when it was raised, or its last
   * escalation. An escalation restarts the clock at the stricter deadline.
   */
  tierSince: Date;
}

/** Whether a flag is overdue: still open (not acknowledged) past its tier's deadline. */
export function isOverdue(flag: OverdueInput, now: Date): boolean {
  if (flag.status !== 'open') return false;
  return now.getTime() - flag.tierSince.getTime() > OVERDUE_AFTER_MS[flag.tier];
}

/** When an open flag becomes overdue. */
export function overdueAt(flag: OverdueInput): Date {
  return new Date(flag.tierSince.getTime() + OVERDUE_AFTER_MS[flag.tier]);
}
