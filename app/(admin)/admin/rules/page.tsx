import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { RuleStatsTable } from '@/components/admin/rule-stats-table';
import { Field, Select } from '@/components/ui/field';
import { getRuleStats } from '@/lib/dal/rule-stats';
import { requirePagePermission } from '@/lib/dal/session';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';
import {
  RULE_STATS_PERIOD_LABELS,
  RULE_STATS_PERIODS,
  ruleStatsQuerySchema,
  sinceForPeriod,
} from '@/lib/validation/rule-stats';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Rule statistics' };

export default async function RuleStatsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('rules:stats');
  const { period = 'all' } = parseQueryLenient(ruleStatsQuerySchema, await searchParams);
  const stats = await getRuleStats(await getDb(), actor, { since: sinceForPeriod(period) });
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Rule statistics</h1>
        <p className="text-slate-700">
          For each warning-sign rule: how many flags it raised and what clinicians did with them. A rule whose flags are
          rarely acted on may need review.
        </p>
      </div>
      <form method="get" action="/admin/rules" className="flex flex-wrap items-end gap-2">
        <Field id="period" label="Flags raised in">
          {(control) => (
            <Select {...control} name="period" defaultValue={period}>
              {RULE_STATS_PERIODS.map((value) => (
                <option key={value} value={value}>
                  {RULE_STATS_PERIOD_LABELS[value]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="primary">
          Show
        </Button>
      </form>
      <RuleStatsTable stats={stats} />
      <p className="text-sm text-slate-600">
        <strong>Acknowledged</strong> counts flags a clinician acknowledged, or resolved straight away.{' '}
        <strong>Waiting</strong> counts flags no clinician has acted on yet. The median time runs from when the flag was
        first raised to a clinician&apos;s first action on it.
      </p>
    </div>
  );
}
