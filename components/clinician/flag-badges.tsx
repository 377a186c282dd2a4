import { STATUS_LABELS, TIER_LABELS, TIER_STYLES } from '@/lib/presentation/labels';
import type { FlagStatus } from '@/lib/views/types';
import type { Tier } from '@/lib/rules';

/** The tier as a labelled pill; text and border carry it, not colour alone. */
export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${TIER_STYLES[tier]}`}
      data-testid="tier-badge"
    >
      {TIER_LABELS[tier]}
    </span>
  );
}

export function StatusBadge({ status }: { status: FlagStatus }) {
  const style =
    status === 'open'
      ? 'border-brand-600 text-brand-800'
      : status === 'acknowledged'
        ? 'border-slate-400 text-slate-700'
        : 'border-slate-300 text-slate-500';
  return (
    <span className={`inline-flex items-center rounded-full border bg-white px-2 py-0.5 text-xs font-medium ${style}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}

/** Open past its tier's deadline (docs/rules.md, "Tiers"): the worklist's overdue mark. */
export function OverdueMark() {
  return (
    <span
      className="inline-flex items-center rounded-full border border-red-700 bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800"
      data-testid="overdue"
    >
      Overdue
    </span>
  );
}

/** Not acknowledged in time, so the escalation contacts were told (docs/notifications.md). */
export function EscalatedMark() {
  return (
    <span
      className="inline-flex items-center rounded-full border border-purple-700 bg-purple-50 px-2 py-0.5 text-xs font-semibold text-purple-900"
      data-testid="escalated-to-contacts"
    >
      Escalated to contacts
    </span>
  );
}

/** The patient edited away the entries that raised the flag; a clinician still has to close it. */
export function EvidenceWithdrawnMark() {
  return (
    <span
      className="inline-flex items-center rounded-full border border-violet-400 bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-900"
      data-testid="evidence-withdrawn"
    >
      Evidence withdrawn by patient
    </span>
  );
}
