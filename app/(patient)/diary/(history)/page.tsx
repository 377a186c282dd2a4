import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { EpisodesChart } from '@/components/charts/episodes-chart';
import { PatternMixChart } from '@/components/charts/pattern-mix-chart';
import { fillNights } from '@/components/charts/series';
import { WorstPainChart } from '@/components/charts/worst-pain-chart';
import { PATTERN_COPY } from '@/components/diary/field-copy';
import { HistoryList } from '@/components/diary/history-list';
import { buttonVariants } from '@/components/ui/button';
import { SafetyMessages } from '@/components/diary/safety-messages';
import { chartWindow, weekSummary } from '@/components/diary/summary';
import { rowToEntry } from '@/lib/diary/mapping';
import { patternMix } from '@/lib/presentation/chart-data';
import { getOwnNightBounds, listOwnEntries } from '@/lib/dal/diary-entries';
import { listOwnMessages } from '@/lib/dal/patient-messages';
import { requirePagePermission } from '@/lib/dal/session';
import { isWithin } from '@/lib/rules/nights';
import { lastNight } from '@/lib/validation/diary';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';
import { CHART_RANGES, diaryChartQuerySchema } from '@/lib/validation/range-days';
import { cardVariants } from '@/components/ui/card';

export const metadata: Metadata = { title: 'My diary' };

const PATTERN_LABELS = Object.fromEntries(
  Object.entries(PATTERN_COPY).map(([code, copy]) => [code, copy.label]),
) as Record<keyof typeof PATTERN_COPY, string>;

export default async function DiaryPage(props: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('diary:own');
  const db = await getDb();
  const { days } = parseQueryLenient(diaryChartQuerySchema, await props.searchParams);
  const bounds = await getOwnNightBounds(db, actor);
  const window = chartWindow(days, bounds.today);
  const messages = await listOwnMessages(db, actor);
  const entries = (await listOwnEntries(db, actor, { from: window.from })).map(rowToEntry);
  const inWindow = entries.filter((entry) => isWithin(entry.night_of, window));
  const week = weekSummary(entries, bounds.today);
  const recordedLastNight = entries.some((entry) => entry.night_of === lastNight(bounds.today));

  return (
    <div className="space-y-6">
      <SafetyMessages flags={messages} announce />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">My diary</h1>
        <Link
          href={recordedLastNight ? `/diary/${lastNight(bounds.today)}` : '/diary/new'}
          className={buttonVariants()}
        >
          {recordedLastNight ? 'Change last night' : 'Add last night'}
        </Link>
      </div>

      <section aria-labelledby="week-title" className={cardVariants()}>
        <h2 id="week-title" className="text-sm font-medium text-slate-600">
          Nights with pain this week
        </h2>
        <p className="mt-1 text-3xl font-semibold text-brand-800" data-testid="week-pain-nights">
          {week.painNights} <span className="text-base font-normal text-slate-700">of the last 7 nights</span>
        </p>
        <p className="text-sm text-slate-600">
          {week.recordedNights === 7
            ? 'You recorded every night this week.'
            : `You recorded ${week.recordedNights} of the last 7 nights.`}
        </p>
      </section>

      <section aria-labelledby="charts-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="charts-title" className="text-xl font-semibold">
            Your last {days} nights
          </h2>
          <nav aria-label="Chart period" className="flex gap-2">
            {CHART_RANGES.map((range) => (
              <Link
                key={range}
                href={`/diary?days=${range}`}
                aria-current={range === days ? 'page' : undefined}
                className="rounded-md border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {range} nights
              </Link>
            ))}
          </nav>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <WorstPainChart data={fillNights(inWindow, 'worst_pain', window)} />
          <EpisodesChart data={fillNights(inWindow, 'episodes', window)} />
          <PatternMixChart data={patternMix(inWindow, PATTERN_LABELS)} />
        </div>
      </section>

      <section aria-labelledby="insights-link-title" className={cardVariants()}>
        <h2 id="insights-link-title" className="font-semibold">
          What seems to help
        </h2>
        <p className="text-sm text-slate-600">
          Your nights after stretching, drinking water, busy days or a new medicine, side by side.
        </p>
        <Link href="/diary/insights" className="mt-2 inline-block font-medium text-brand-700 underline">
          See what seems to help
        </Link>
      </section>

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-xl font-semibold">
          Your nights
        </h2>
        <p className="text-sm text-slate-600">Newest first. You can change a night for 7 days after it.</p>
        <HistoryList entries={entries} bounds={bounds} />
      </section>
    </div>
  );
}
