'use client';

import dynamic from 'next/dynamic';

/**
 * The clinician patient page's charts, loaded after the page is interactive:
 * recharts is most of that page's client JavaScript, and none of it is needed
 * to read the flags, the entries or the notes. A grey frame of the chart's
 * size holds the place meanwhile.
 */
function ChartPlaceholder() {
  return <div className="h-72 animate-pulse rounded-lg border border-slate-200 bg-slate-50" aria-hidden="true" />;
}

export const LazyFlaggedPainChart = dynamic(
  () => import('./flagged-pain-chart').then((module) => module.FlaggedPainChart),
  { ssr: false, loading: ChartPlaceholder },
);
export const LazyEpisodesChart = dynamic(() => import('./episodes-chart').then((module) => module.EpisodesChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const LazyWeeklyPainChart = dynamic(
  () => import('./weekly-pain-chart').then((module) => module.WeeklyPainChart),
  { ssr: false, loading: ChartPlaceholder },
);
export const LazyPatternMixChart = dynamic(
  () => import('./pattern-mix-chart').then((module) => module.PatternMixChart),
  { ssr: false, loading: ChartPlaceholder },
);
export const LazySleepChart = dynamic(() => import('./sleep-chart').then((module) => module.SleepChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
