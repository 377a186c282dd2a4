import type { Flag } from '@/db/schema';
import type { ClinicianFlag, FlagHistoryEvent } from '../views/types';
import { isOverdue } from '../rules/overdue';

export interface FlagExtras {
  evidenceNights: readonly string[];
  /** The latest escalation, if any: the overdue clock restarts there. */
  escalatedAt: Date | null;
  acknowledgedByName?: string | null;
  resolvedByName?: string | null;
}

/** A stored flag as the clinician views and the API returns it. */
export function toClinicianFlag(flag: Flag, extras: FlagExtras, now: Date): ClinicianFlag {
  const tierSince = extras.escalatedAt && extras.escalatedAt > flag.firstSeenAt ? extras.escalatedAt : flag.firstSeenAt;
  return {
    id: flag.id,
    patient_id: flag.patientId,
    rule_id: flag.ruleId,
    tier: flag.tier,
    status: flag.status,
    reason: flag.reason,
    evidence_nights: [...new Set(extras.evidenceNights)].sort(),
    first_seen_at: flag.firstSeenAt.toISOString(),
    last_seen_at: flag.lastSeenAt.toISOString(),
    rules_version: flag.rulesVersion,
    modifiers: flag.modifiers,
    evidence_withdrawn_at: flag.evidenceWithdrawnAt?.toISOString() ?? null,
    evidence_withdrawn: flag.evidenceWithdrawnAt !== null,
    tier_since: tierSince.toISOString(),
    overdue: isOverdue({ tier: flag.tier, status: flag.status, tierSince }, now),
    acknowledged_at: flag.acknowledgedAt?.toISOString() ?? null,
    acknowledged_by: extras.acknowledgedByName ?? null,
    resolved_at: flag.resolvedAt?.toISOString() ?? null,
    resolved_by: extras.resolvedByName ?? null,
    resolution_note: flag.resolutionNote,
    escalated_to_contacts_at: flag.overdueNotifiedAt?.toISOString() ?? null,
  };
}

/** The latest escalation among a flag's events. */
export function latestEscalation(events: readonly Pick<FlagHistoryEvent, 'type' | 'at'>[]): Date | null {
  const times = events.filter((event) => event.type === 'escalated').map((event) => Date.parse(event.at));
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

/** Groups rows by a key, keeping their order (for batch-loaded evidence and events). */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
