'use client';

import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { NightPoint } from '@/lib/presentation/chart-data';
import { TIER_LABELS } from '@/lib/presentation/labels';
import { TIERS } from '@/lib/rules';
import { ChartFigure } from './chart-figure';
import { AXIS_TICK, CHART_COLORS, LABEL_X_AXIS, PLOT_MARGIN, TIER_MARKERS } from './colors';

/** Worst pain per night, with the nights that flags cite marked by tier (the clinician's timeline). */
export function FlaggedPainChart(props: { points: NightPoint[]; title: string; summary: string; id?: string }) {
  const { points } = props;
  const data = useMemo(
    () =>
      points.map((point) => ({
        ...point,
        ...Object.fromEntries(
          TIERS.map((tier) => [`flag_${tier}`, point.flag_tier === tier ? (point.worst_pain ?? 0) : null]),
        ),
      })),
    [points],
  );
  const tiersShown = TIERS.filter((tier) => points.some((point) => point.flag_tier === tier)).reverse();
  return (
    <ChartFigure id={props.id ?? 'flagged-pain-chart'} title={props.title} summary={props.summary}>
      <ComposedChart responsive width="100%" height={260} data={data} margin={PLOT_MARGIN}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis {...LABEL_X_AXIS} />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} allowDecimals={false} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line
          name="Worst pain (0–10)"
          dataKey="worst_pain"
          stroke={CHART_COLORS.line}
          strokeWidth={2}
          dot={points.length <= 90 ? { r: 2 } : false}
          connectNulls={false}
          isAnimationActive={false}
        />
        {tiersShown.map((tier) => (
          <Scatter
            key={tier}
            name={`${TIER_LABELS[tier]} flag`}
            dataKey={`flag_${tier}`}
            fill={TIER_MARKERS[tier].color}
            shape={TIER_MARKERS[tier].shape}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartFigure>
  );
}
