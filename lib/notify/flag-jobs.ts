import type { Database } from '@/db/types';
import { enqueueInTransaction } from '../jobs/enqueue';
import { QUEUES } from '../jobs/queues';
import type { Tier } from '../rules';

export type FlagAlertKind = 'flag_raised' | 'flag_escalated' | 'flag_overdue';

export interface FlagEventJob {
  flagId: string;
  kind: FlagAlertKind;
  tier: Tier;
}

export interface FlagAcknowledgedJob {
  flagId: string;
}

/** Inside the transaction that raised, escalated or marked the flag overdue. */
export function enqueueFlagEvent(tx: Database, job: FlagEventJob): Promise<string | null> {
  return enqueueInTransaction(tx, QUEUES.flagEvent, job);
}

/** Inside the transaction that acknowledged the flag. */
export function enqueueFlagAcknowledged(tx: Database, job: FlagAcknowledgedJob): Promise<string | null> {
  return enqueueInTransaction(tx, QUEUES.flagAcknowledged, job);
}
