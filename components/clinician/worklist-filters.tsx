import Link from 'next/link';
import { TIER_LABELS } from '@/lib/presentation/labels';
import type { WorklistFilter } from '@/lib/validation/worklist-params';
import { RULE_CATALOG, RULE_IDS, TIERS } from '@/lib/rules';
import { Button } from '@/components/ui/button';

const selectClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** Tier, status and rule filters as a plain GET form: works with the keyboard and without script. */
export function WorklistFilters({ filter }: { filter: WorklistFilter }) {
  return (
    <form method="get" action="/clinician" className="flex flex-wrap items-end gap-3" aria-label="Filter the worklist">
      <div className="min-w-36">
        <label htmlFor="filter-tier" className="text-sm font-medium">
          Tier
        </label>
        <select id="filter-tier" name="tier" defaultValue={filter.tier ?? ''} className={selectClass}>
          <option value="">All tiers</option>
          {[...TIERS].reverse().map((tier) => (
            <option key={tier} value={tier}>
              {TIER_LABELS[tier]}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-36">
        <label htmlFor="filter-status" className="text-sm font-medium">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ''} className={selectClass}>
          <option value="">Open and acknowledged</option>
          <option value="open">Open</option>
          <option value="acknowledged">Acknowledged</option>
        </select>
      </div>
      <div className="min-w-56 flex-1">
        <label htmlFor="filter-rule" className="text-sm font-medium">
          Rule
        </label>
        <select id="filter-rule" name="rule" defaultValue={filter.rule ?? ''} className={selectClass}>
          <option value="">All rules</option>
          {RULE_IDS.map((ruleId) => (
            <option key={ruleId} value={ruleId}>
              {RULE_CATALOG[ruleId].title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm">
          Apply
        </Button>
        <Link
          href="/clinician"
          className="rounded-md border border-slate-300 bg-white px-4 py-1.5 text-sm hover:bg-slate-100"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
