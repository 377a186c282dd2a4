'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { NightPoint } from '@/lib/presentation/chart-data';
import { AXIS_TICK } from './chart-frame';

/** Minutes awake (bars) and sleep quality 1–5 (line) per night. */
export function SleepChart({ points }: { points: NightPoint[] }) {
  return (
    <ComposedChart
      responsive
      width="100%"
      height={220}
      data={points}
      margin={{ top: 10, right: 0, bottom: 0, left: -20 }}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={24} />
      <YAxis yAxisId="awake" tick={AXIS_TICK} allowDecimals={false} />
      <YAxis yAxisId="quality" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={AXIS_TICK} />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar yAxisId="awake" name="Minutes awake" dataKey="minutes_awake" fill="#94a3b8" isAnimationActive={false} />
      <Line
        yAxisId="quality"
        name="Sleep quality (1–5)"
        dataKey="sleep_quality"
        stroke="#4338ca"
        strokeWidth={2}
        dot={false}
        connectNulls={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
