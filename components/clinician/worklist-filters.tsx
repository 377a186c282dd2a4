import Link from 'next/link';
import { TIER_LABELS } from '@/lib/presentation/labels';
import type { WorklistFilter } from '@/lib/validation/worklist-params';
import { RULE_CATALOG, RULE_IDS, TIERS } from '@/lib/rules';
import { Button, buttonVariants } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';

/** Tier, status and rule filters as a plain GET form: works with the keyboard and without script. */
export function WorklistFilters({ filter }: { filter: WorklistFilter }) {
  return (
    <form method="get" action="/clinician" className="flex flex-wrap items-end gap-3" aria-label="Filter the worklist">
      <Field id="filter-tier" label="Tier" className="min-w-36">
        {(control) => (
          <Select {...control} name="tier" defaultValue={filter.tier ?? ''}>
            <option value="">All tiers</option>
            {[...TIERS].reverse().map((tier) => (
              <option key={tier} value={tier}>
                {TIER_LABELS[tier]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="filter-status" label="Status" className="min-w-36">
        {(control) => (
          <Select {...control} name="status" defaultValue={filter.status ?? ''}>
            <option value="">Open and acknowledged</option>
            <option value="open">Open</option>
            <option value="acknowledged">Acknowledged</option>
          </Select>
        )}
      </Field>
      <Field id="filter-rule" label="Rule" className="min-w-56 flex-1">
        {(control) => (
          <Select {...control} name="rule" defaultValue={filter.rule ?? ''}>
            <option value="">All rules</option>
            {RULE_IDS.map((ruleId) => (
              <option key={ruleId} value={ruleId}>
                {RULE_CATALOG[ruleId].title}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm">
          Apply
        </Button>
        <Link href="/clinician" className={buttonVariants({ variant: 'secondary', size: 'sm' })}>
          Clear
        </Link>
      </div>
    </form>
  );
}
