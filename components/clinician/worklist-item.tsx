import Link from 'next/link';
import type { WorklistItem } from '@/lib/dal/flags';
import { isRuleId, RULE_CATALOG } from '@/lib/rules';
import { EvidenceWithdrawnMark, EscalatedMark, OverdueMark, StatusBadge, TierBadge } from './flag-badges';
import { FlagActions } from './flag-actions';
import { FlagFacts } from './flag-facts';
import { NotReportingMark } from './not-reporting-mark';
import { cardVariants } from '@/components/ui/card';

/** Human title of a rule, falling back to its id for rules retired from the catalog. */
export function ruleTitle(ruleId: string): string {
  return isRuleId(ruleId) ? RULE_CATALOG[ruleId].title : ruleId;
}

/** One flag on the worklist: what, who, how old, and the actions to take on it. */
export function WorklistEntry({ item, now }: { item: WorklistItem; now: Date }) {
  const headingId = `flag-${item.id}`;
  const title = ruleTitle(item.rule_id);
  const patientHref = `/clinician/patients/${item.patient_id}`;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className={cardVariants({ className: 'space-y-3' })}
        data-testid="worklist-item"
        data-tier={item.tier}
      >
        <div className="flex flex-wrap items-center gap-2">
          <TierBadge tier={item.tier} />
          <StatusBadge status={item.status} />
          {item.overdue ? <OverdueMark /> : null}
          {item.escalated_to_contacts_at ? <EscalatedMark /> : null}
          {item.evidence_withdrawn ? <EvidenceWithdrawnMark /> : null}
          {item.patient_not_reporting ? <NotReportingMark /> : null}
        </div>
        <h2 id={headingId} className="text-base font-semibold">
          {title} —{' '}
          <Link href={patientHref} className="text-brand-700 underline">
            {item.patient_name}
          </Link>
        </h2>
        <FlagFacts
          flag={item}
          now={now}
          nightHref={(night) => `${patientHref}?entries=all#night-${night}`}
          earlierHref={`${patientHref}?entries=all#flag-${item.id}`}
        />
        <FlagActions flagId={item.id} status={item.status} context={`${title}, ${item.patient_name}`} />
      </article>
    </li>
  );
}
