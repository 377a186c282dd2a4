'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './colors';
import { ChartFigure } from './chart-figure';
import type { PatternPoint } from '@/lib/presentation/chart-data';

/**
 * How many nights each kind of pain was reported, as horizontal bars (from
 * `patternMix`), on the patient's diary and the clinician's patient page.
 */
export function PatternMixChart(props: { data: PatternPoint[]; title?: string; summary?: string; id?: string }) {
  const { data } = props;
  const title = props.title ?? 'What the pain felt like';
  const summary =
    props.summary ??
    (data.length === 0
      ? 'No kinds of pain ticked in this period.'
      : `Most often: ${data[0]?.label.toLowerCase()} (${data[0]?.nights} nights).`);
  const height = Math.max(120, data.length * 36 + 40);
  return (
    <ChartFigure
      id={props.id ?? 'pattern-mix-chart'}
      title={title}
      summary={summary}
      table={{ columns: ['Kind of pain', 'Nights'], rows: data.map((row) => [row.label, String(row.nights)]) }}
    >
      {data.length === 0 ? null : (
        <BarChart
          responsive
          accessibilityLayer={false}
          layout="vertical"
          data={data}
          style={{ width: '100%', height }}
          margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke={CHART_COLORS.axis} fontSize={12} />
          <YAxis type="category" dataKey="label" width={150} stroke={CHART_COLORS.axis} fontSize={12} />
          <Tooltip formatter={(value) => [String(value), 'Nights']} />
          <Bar dataKey="nights" fill={CHART_COLORS.bar} maxBarSize={28} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFigure>
  );
}
