import { STATUS_LABELS, TIER_LABELS } from '@/lib/presentation/labels';
import type { FlagStatus } from '@/lib/views/types';
import type { Tier } from '@/lib/rules';
import { Badge } from '@/components/ui/badge';

/** The tier as a labelled pill; text and border carry it, not colour alone. */
export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <Badge variant={tier} className="uppercase tracking-wide" data-testid="tier-badge">
      {TIER_LABELS[tier]}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: FlagStatus }) {
  return <Badge variant={status}>{STATUS_LABELS[status]}</Badge>;
}

/** Open past its tier's deadline (docs/rules.md, "Tiers"): the worklist's overdue mark. */
export function OverdueMark() {
  return (
    <Badge variant="overdue" data-testid="overdue">
      Overdue
    </Badge>
  );
}

/** Not acknowledged in time, so the escalation contacts were told (docs/notifications.md). */
export function EscalatedMark() {
  return (
    <Badge variant="escalated" data-testid="escalated-to-contacts">
      Escalated to contacts
    </Badge>
  );
}

/** The patient edited away the entries that raised the flag; a clinician still has to close it. */
export function EvidenceWithdrawnMark() {
  return (
    <Badge variant="withdrawn" data-testid="evidence-withdrawn">
      Evidence withdrawn by patient
    </Badge>
  );
}
