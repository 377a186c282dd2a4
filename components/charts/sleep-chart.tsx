'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { NightPoint } from '@/lib/presentation/chart-data';
import { ChartFigure } from './chart-figure';
import { AXIS_TICK, CHART_COLORS, LABEL_X_AXIS } from './colors';

/** Minutes awake (bars) and sleep quality 1–5 (line) per night. */
export function SleepChart(props: { points: NightPoint[]; title: string; summary: string; id?: string }) {
  return (
    <ChartFigure id={props.id ?? 'sleep-chart'} title={props.title} summary={props.summary}>
      <ComposedChart
        responsive
        width="100%"
        height={220}
        data={props.points}
        margin={{ top: 10, right: 0, bottom: 0, left: -20 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis {...LABEL_X_AXIS} />
        <YAxis yAxisId="awake" tick={AXIS_TICK} allowDecimals={false} />
        <YAxis yAxisId="quality" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={AXIS_TICK} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar
          yAxisId="awake"
          name="Minutes awake"
          dataKey="minutes_awake"
          fill={CHART_COLORS.awake}
          isAnimationActive={false}
        />
        <Line
          yAxisId="quality"
          name="Sleep quality (1–5)"
          dataKey="sleep_quality"
          stroke={CHART_COLORS.quality}
          strokeWidth={2}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
