import Link from 'next/link';
import { TIER_LABELS } from '@/lib/presentation/labels';
import { TIER_COLOURS } from '@/components/ui/badge';
import { worklistSearch, type WorklistFilter } from '@/lib/validation/worklist-params';
import type { Tier } from '@/lib/rules';

const ORDER: Tier[] = ['emergency', 'urgent', 'soon', 'routine'];

/** Counts per tier at the top of the worklist; each one filters the list to its tier. */
export function TierCounts({ counts, filter }: { counts: Record<Tier, number>; filter: WorklistFilter }) {
  const all = ORDER.reduce((sum, tier) => sum + counts[tier], 0);
  const base = { status: filter.status, rule: filter.rule };
  return (
    <nav aria-label="Flags per tier">
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        <li>
          <Link
            href={`/clinician${worklistSearch(base)}`}
            aria-current={filter.tier === null ? 'page' : undefined}
            className={`block rounded-lg border bg-white px-3 py-2 hover:bg-slate-50 ${filter.tier === null ? 'ring-2 ring-brand-600' : 'border-slate-200'}`}
          >
            <span className="block text-2xl font-semibold" data-testid="count-all">
              {all}
            </span>
            <span className="text-sm text-slate-700">All tiers</span>
          </Link>
        </li>
        {ORDER.map((tier) => (
          <li key={tier}>
            <Link
              href={`/clinician${worklistSearch({ ...base, tier })}`}
              aria-current={filter.tier === tier ? 'page' : undefined}
              className={`block rounded-lg border px-3 py-2 hover:opacity-90 ${
                counts[tier] > 0 ? TIER_COLOURS[tier] : 'border-slate-200 bg-white text-slate-600'
              } ${filter.tier === tier ? 'ring-2 ring-brand-600' : ''}`}
            >
              <span className="block text-2xl font-semibold" data-testid={`count-${tier}`}>
                {counts[tier]}
              </span>
              <span className="text-sm">{TIER_LABELS[tier]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
