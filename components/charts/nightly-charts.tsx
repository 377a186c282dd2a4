'use client';

import { useMemo } from 'react';
import { expandNightColumns, type NightColumns } from '@/lib/presentation/chart-data';
import { LazyEpisodesChart, LazyFlaggedPainChart, LazySleepChart } from './lazy-charts';

interface NightlyChartProps {
  chart: 'pain' | 'episodes' | 'sleep';
  /** The packed series (lib/presentation/chart-data.ts): one array per field, sent once for all three charts. */
  columns: NightColumns;
  title: string;
  summary: string;
}

/** One of the patient page's nightly charts, unpacking the series in the browser (recharts loads lazily). */
export function NightlyChart({ chart, columns, title, summary }: NightlyChartProps) {
  const points = useMemo(() => expandNightColumns(columns), [columns]);
  if (chart === 'pain') return <LazyFlaggedPainChart points={points} title={title} summary={summary} />;
  if (chart === 'episodes') return <LazyEpisodesChart data={points} title={title} summary={summary} />;
  return <LazySleepChart points={points} title={title} summary={summary} />;
}
