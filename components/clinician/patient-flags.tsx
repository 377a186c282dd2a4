import { formatDateTime } from '@/lib/presentation/format';
import { isLiveFlag } from '@/lib/rules/flag-statuses';
import { EVENT_LABELS, TIER_LABELS } from '@/lib/presentation/labels';
import type { FlagWithHistory } from '@/lib/dal/flags';
import { EvidenceWithdrawnMark, OverdueMark, StatusBadge, TierBadge } from './flag-badges';
import { FlagActions } from './flag-actions';
import { FlagFacts } from './flag-facts';
import { ruleTitle } from './worklist-item';
import { cardVariants } from '@/components/ui/card';

function FlagHistory({ flag }: { flag: FlagWithHistory }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">History ({flag.history.length} events)</summary>
      <ol className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3">
        {flag.history.map((event, index) => (
          <li key={index}>
            <time dateTime={event.at} className="text-slate-600">
              {formatDateTime(event.at)}
            </time>{' '}
            <span className="font-medium">{EVENT_LABELS[event.type]}</span>
            {event.type === 'escalated' && event.from_tier && event.to_tier
              ? ` from ${TIER_LABELS[event.from_tier]} to ${TIER_LABELS[event.to_tier]}`
              : ''}
            {event.actor_name ? ` by ${event.actor_name}` : ''}
            {event.note && event.type !== 'raised' ? (
              <span className="block whitespace-pre-wrap text-slate-700">“{event.note}”</span>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

function FlagCard({
  flag,
  now,
  patientName,
  nightHref,
}: {
  flag: FlagWithHistory;
  now: Date;
  patientName: string;
  nightHref: (night: string) => string;
}) {
  const title = ruleTitle(flag.rule_id);
  return (
    <li>
      <article
        aria-labelledby={`flag-${flag.id}`}
        className={cardVariants({ className: 'space-y-3' })}
        data-testid="patient-flag"
        data-status={flag.status}
      >
        <div className="flex flex-wrap items-center gap-2">
          <TierBadge tier={flag.tier} />
          <StatusBadge status={flag.status} />
          {flag.overdue ? <OverdueMark /> : null}
          {flag.evidence_withdrawn ? <EvidenceWithdrawnMark /> : null}
        </div>
        <h3 id={`flag-${flag.id}`} className="font-semibold">
          {title} <span className="text-sm font-normal text-slate-500">({flag.rule_id})</span>
        </h3>
        <FlagFacts flag={flag} now={now} nightHref={nightHref} />
        {flag.status === 'resolved' && flag.resolution_note ? (
          <p className="text-sm">
            <span className="font-medium">Resolved{flag.resolved_by ? ` by ${flag.resolved_by}` : ''}:</span>{' '}
            <span className="whitespace-pre-wrap">{flag.resolution_note}</span>
          </p>
        ) : null}
        <FlagHistory flag={flag} />
        <FlagActions flagId={flag.id} status={flag.status} context={`${title}, ${patientName}`} />
      </article>
    </li>
  );
}

/** The patient's flags: live ones with their actions first, resolved ones folded away below. */
export function PatientFlags({
  flags,
  now,
  patientName,
  nightHref,
}: {
  flags: FlagWithHistory[];
  now: Date;
  patientName: string;
  /** Where an evidence night links to: its row in the entries table. */
  nightHref: (night: string) => string;
}) {
  const live = flags.filter(isLiveFlag);
  const resolved = flags.filter((flag) => !isLiveFlag(flag));
  return (
    <div className="space-y-3">
      {live.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-600">
          No open or acknowledged flags.
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Open and acknowledged flags">
          {live.map((flag) => (
            <FlagCard key={flag.id} flag={flag} now={now} patientName={patientName} nightHref={nightHref} />
          ))}
        </ol>
      )}
      {resolved.length > 0 ? (
        <details className={cardVariants()}>
          <summary className="cursor-pointer font-medium">Resolved flags ({resolved.length})</summary>
          <ol className="mt-3 space-y-3" aria-label="Resolved flags">
            {resolved.map((flag) => (
              <FlagCard key={flag.id} flag={flag} now={now} patientName={patientName} nightHref={nightHref} />
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
