'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekPoint } from '@/lib/presentation/chart-data';
import { ChartFigure } from './chart-figure';
import { AXIS_TICK, CHART_COLORS, LABEL_X_AXIS, PLOT_MARGIN } from './colors';

/** Pain nights per week (0–7), labelled by the week's last night. */
export function WeeklyPainChart(props: { weeks: WeekPoint[]; title: string; summary: string; id?: string }) {
  return (
    <ChartFigure id={props.id ?? 'weekly-pain-chart'} title={props.title} summary={props.summary}>
      <BarChart responsive width="100%" height={200} data={props.weeks} margin={PLOT_MARGIN}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis {...LABEL_X_AXIS} minTickGap={16} />
        <YAxis domain={[0, 7]} ticks={[0, 1, 2, 3, 4, 5, 6, 7]} tick={AXIS_TICK} allowDecimals={false} />
        <Tooltip />
        <Bar name="Pain nights" dataKey="pain_nights" fill={CHART_COLORS.bar} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
