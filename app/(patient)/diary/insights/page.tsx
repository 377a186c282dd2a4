import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { ExperimentSection } from '@/components/insights/experiment-section';
import { PatientInsight } from '@/components/insights/patient-insight';
import { listOwnExperiments } from '@/lib/dal/experiments';
import { getOwnInsights } from '@/lib/dal/insights';
import { requirePagePermission } from '@/lib/dal/session';
import { formatDate } from '@/lib/presentation/format';
import { INSIGHT_CAVEAT } from '@/lib/presentation/insights';
import { todayIso } from '@/lib/validation/dates';
import { insightsQuerySchema } from '@/lib/validation/insights';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';

export const metadata: Metadata = { title: 'What seems to help' };

export default async function InsightsPage(props: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('diary:own');
  // A malformed ?from/?to falls back to the last 90 nights rather than breaking the page.
  const range = parseQueryLenient(insightsQuerySchema, await props.searchParams);
  const valid = range.from && range.to && range.from > range.to ? {} : range;
  const db = await getDb();
  const now = new Date();
  const report = await getOwnInsights(db, actor, valid, now);
  const experiments = await listOwnExperiments(db, actor, now);
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <Link href="/diary" className="text-sm font-medium text-brand-700 underline">
          Back to my diary
        </Link>
        <h1 className="text-2xl font-semibold">What seems to help</h1>
        <p className="text-slate-700">
          We looked at your nights from {formatDate(report.window.from)} to {formatDate(report.window.to)}. For each
          habit, we put the nights after you did it next to the nights after you didn&apos;t.
        </p>
      </div>
      <aside
        aria-label="Please read"
        className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
        data-testid="insights-caveat"
      >
        <p>{INSIGHT_CAVEAT}</p>
      </aside>
      <ExperimentSection experiments={experiments} today={todayIso(now)} />
      {report.comparisons.map((comparison) => (
        <PatientInsight key={comparison.factor} comparison={comparison} />
      ))}
    </div>
  );
}
