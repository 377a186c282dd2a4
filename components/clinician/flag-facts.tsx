import Link from 'next/link';
import { CONDITION_LABELS } from '@/lib/presentation/labels';
import { formatAgo, formatDateTime, formatNight } from '@/lib/presentation/format';
import type { ClinicianFlag } from '@/lib/views/types';

const MODIFIER_LABELS: Record<string, string> = { ...CONDITION_LABELS, pregnancy: 'pregnancy' };
/** Evidence nights listed before the rest fold away; long-running flags can cite months of nights. */
const SHOWN_NIGHTS = 6;

function NightList({ nights, nightHref }: { nights: readonly string[]; nightHref?: (night: string) => string }) {
  return nights.map((night, index) => (
    <span key={night}>
      {index > 0 ? ', ' : ''}
      {nightHref !== undefined ? (
        <Link href={nightHref(night)} className="text-brand-700 underline">
          {formatNight(night)}
        </Link>
      ) : (
        formatNight(night)
      )}
    </span>
  ));
}

/** The evidence nights past the newest few: counted with a link when `earlierHref` is given, else folded away. */
function EarlierNights({
  nights,
  nightHref,
  earlierHref,
}: {
  nights: readonly string[];
  nightHref?: (night: string) => string;
  earlierHref?: string;
}) {
  if (nights.length === 0) return null;
  if (earlierHref !== undefined) {
    return (
      <>
        {' '}
        <Link href={earlierHref} className="text-brand-700 underline">
          and {nights.length} earlier on the patient page
        </Link>
      </>
    );
  }
  return (
    <details className="inline">
      <summary className="ml-1 inline cursor-pointer text-brand-700 underline">{nights.length} earlier</summary>
      <span className="block">
        <NightList nights={nights} nightHref={nightHref} />
      </span>
    </details>
  );
}

/**
 * The facts every flag shows (docs/rules.md, "How firings become flags"): reason, risk
 * modifiers, evidence nights and when it was first and last seen. Evidence
 * nights link to their rows in the entries table when `nightHref` is given.
 * Past the newest few, the earlier nights fold away; with `earlierHref` (the
 * worklist) they are not sent at all but counted, with a link to the flag on
 * the patient page: a long-running flag can cite months of nights, and 25 such
 * cards made the worklist's largest part.
 */
export function FlagFacts({
  flag,
  now,
  nightHref,
  earlierHref,
}: {
  flag: ClinicianFlag;
  now: Date;
  nightHref?: (night: string) => string;
  earlierHref?: string;
}) {
  // Newest first: the latest evidence is what triage needs.
  const nights = [...flag.evidence_nights].reverse();
  const recent = nights.slice(0, SHOWN_NIGHTS);
  const earlier = nights.slice(SHOWN_NIGHTS);
  return (
    <div className="space-y-1 text-sm">
      <p>{flag.reason}</p>
      {flag.modifiers.length > 0 ? (
        <p className="text-slate-700">
          Tier raised by: {flag.modifiers.map((code) => MODIFIER_LABELS[code] ?? code).join(', ')}
        </p>
      ) : null}
      <div className="text-slate-700" data-testid="evidence-nights">
        <span className="font-medium">
          Evidence: {nights.length} night{nights.length === 1 ? '' : 's'}
        </span>
        {nights.length > 0 ? (
          <>
            {' — '}
            <NightList nights={recent} nightHref={nightHref} />
          </>
        ) : null}
        <EarlierNights nights={earlier} nightHref={nightHref} earlierHref={earlierHref} />
      </div>
      <p className="text-slate-600">
        First seen <time dateTime={flag.first_seen_at}>{formatDateTime(flag.first_seen_at)}</time> (
        {formatAgo(flag.first_seen_at, now)}) · last seen{' '}
        <time dateTime={flag.last_seen_at}>{formatDateTime(flag.last_seen_at)}</time>
      </p>
    </div>
  );
}
