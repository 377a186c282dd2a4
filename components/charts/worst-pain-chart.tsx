'use client';

import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNight, formatNightTick } from '@/lib/presentation/format';
import { CHART_COLORS } from './colors';
import { ChartFigure } from './chart-figure';
import { peakOf } from './series';

export interface WorstPainPoint {
  night: string;
  /** Null where no entry was made: drawn as a gap. */
  worst_pain: number | null;
}

/**
 * Worst pain (0–10) per night, as a line (default) or bars. Takes one point
 * per night of the window; reusable wherever a patient's nights are shown.
 */
export function WorstPainChart(props: {
  data: WorstPainPoint[];
  title?: string;
  variant?: 'line' | 'bar';
  id?: string;
}) {
  const { data, variant = 'line' } = props;
  const title = props.title ?? 'Worst pain each night';
  const recorded = data.filter((point) => point.worst_pain !== null);
  const peak = peakOf(data, 'worst_pain');
  const summary =
    recorded.length === 0
      ? 'No nights recorded in this period.'
      : `${recorded.length} of ${data.length} nights recorded. Highest: ${peak?.value} out of 10 on ${peak ? formatNight(peak.night) : ''}.`;
  const axes = (
    <>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis dataKey="night" tickFormatter={formatNightTick} stroke={CHART_COLORS.axis} minTickGap={24} fontSize={12} />
      <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} width={28} stroke={CHART_COLORS.axis} fontSize={12} />
      <Tooltip
        labelFormatter={(night) => formatNight(String(night))}
        formatter={(value) => [`${value} / 10`, 'Worst pain']}
      />
    </>
  );
  const style = { width: '100%', height: 220 };
  const frame = {
    responsive: true,
    accessibilityLayer: false,
    data,
    style,
    margin: { top: 8, right: 8, bottom: 0, left: 0 },
  };
  return (
    <ChartFigure
      id={props.id ?? 'worst-pain-chart'}
      title={title}
      summary={summary}
      table={{
        columns: ['Night', 'Worst pain (0–10)'],
        rows: recorded.map((point) => [formatNight(point.night), String(point.worst_pain)]),
      }}
    >
      {variant === 'bar' ? (
        <BarChart {...frame}>
          {axes}
          <Bar dataKey="worst_pain" fill={CHART_COLORS.bar} isAnimationActive={false} />
        </BarChart>
      ) : (
        <LineChart {...frame}>
          {axes}
          <Line
            type="monotone"
            dataKey="worst_pain"
            stroke={CHART_COLORS.line}
            strokeWidth={2}
            dot={{ r: 2.5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      )}
    </ChartFigure>
  );
}
