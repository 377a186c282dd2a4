'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNight, formatNightTick } from '@/lib/presentation/format';
import { CHART_COLORS } from './colors';
import { ChartFigure } from './chart-figure';

export interface EpisodesPoint {
  night: string;
  /** Null where no entry was made. */
  episodes: number | null;
}

/**
 * How many times the pain came each night, as bars; one point per night of the
 * window. The patient's diary and the clinician's patient page both use it,
 * each with its own words.
 */
export function EpisodesChart(props: { data: EpisodesPoint[]; title?: string; summary?: string; id?: string }) {
  const { data } = props;
  const title = props.title ?? 'Times the pain came each night';
  const recorded = data.filter((point) => point.episodes !== null);
  const total = recorded.reduce((sum, point) => sum + (point.episodes ?? 0), 0);
  const withEpisodes = recorded.filter((point) => (point.episodes ?? 0) > 0).length;
  const summary =
    props.summary ??
    (recorded.length === 0
      ? 'No nights recorded in this period.'
      : `${total} times in all, on ${withEpisodes} of ${recorded.length} recorded nights.`);
  return (
    <ChartFigure
      id={props.id ?? 'episodes-chart'}
      title={title}
      summary={summary}
      table={{
        columns: ['Night', 'Times'],
        rows: recorded.map((point) => [formatNight(point.night), String(point.episodes)]),
      }}
    >
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        style={{ width: '100%', height: 180 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis
          dataKey="night"
          tickFormatter={formatNightTick}
          stroke={CHART_COLORS.axis}
          minTickGap={24}
          fontSize={12}
        />
        <YAxis allowDecimals={false} width={28} stroke={CHART_COLORS.axis} fontSize={12} />
        <Tooltip
          labelFormatter={(night) => formatNight(String(night))}
          formatter={(value) => [String(value), 'Times']}
        />
        <Bar dataKey="episodes" fill={CHART_COLORS.bar} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
