/**
 * A flag's lifecycle (docs/rules.md, "How firings become flags"): open → acknowledged → resolved.
 * A flag is live — it needs a clinician and holds the one-per-rule slot — until
 * it is resolved. Every list of statuses in the code, the database enum and
 * its partial indexes is built from these constants.
 */
export const FLAG_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** The statuses of a live flag: at most one per patient and rule. */
export const LIVE_FLAG_STATUSES = ['open', 'acknowledged'] as const satisfies readonly FlagStatus[];
export type LiveFlagStatus = (typeof LIVE_FLAG_STATUSES)[number];

/** True while the flag still needs a clinician (not yet resolved). */
export function isLiveFlag(flag: { status: FlagStatus }): boolean {
  return (LIVE_FLAG_STATUSES as readonly FlagStatus[]).includes(flag.status);
}

/** What can happen to a flag, as recorded in its history. */
export const FLAG_EVENT_TYPES = [
  'raised',
  'evidence_added',
  'escalated',
  'evidence_withdrawn',
  'acknowledged',
  'resolved',
  'overdue_escalated',
] as const;
export type FlagEventType = (typeof FLAG_EVENT_TYPES)[number];
