'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightBar } from '@/lib/presentation/insights';
import { CHART_COLORS } from './colors';
import { ChartFigure } from './chart-figure';

/**
 * A factor's two groups side by side: the share of nights with pain with the
 * habit and without it (from `insightBars`), with the counts as a table.
 */
export function InsightBarsChart(props: { id: string; title: string; bars: [InsightBar, InsightBar] }) {
  const { bars } = props;
  const summary = bars
    .map((bar) =>
      bar.nights === 0
        ? `${bar.label}: no nights yet`
        : `${bar.label}: pain on ${bar.painNights} of ${bar.nights} nights`,
    )
    .join('. ');
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      summary={`${summary}.`}
      table={{
        columns: ['Nights', 'With pain'],
        rows: bars.map((bar) => [
          bar.label,
          bar.nights === 0 ? 'no nights yet' : `${bar.painNights} of ${bar.nights} (${bar.percent}%)`,
        ]),
      }}
    >
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={bars}
        style={{ width: '100%', height: 110 }}
        margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(value: number) => `${value}%`}
          stroke={CHART_COLORS.axis}
          fontSize={12}
        />
        <YAxis type="category" dataKey="label" width={110} stroke={CHART_COLORS.axis} fontSize={12} />
        <Tooltip formatter={(value) => [`${String(value)}%`, 'Nights with pain']} />
        <Bar dataKey="percent" fill={CHART_COLORS.bar} maxBarSize={26} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
