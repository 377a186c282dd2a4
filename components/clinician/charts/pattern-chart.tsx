'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { PatternPoint } from '@/lib/presentation/chart-data';
import { AXIS_TICK, BRAND } from './chart-frame';

/** Nights on which each pain pattern was reported. */
export function PatternChart({ patterns }: { patterns: PatternPoint[] }) {
  return (
    <BarChart
      responsive
      width="100%"
      height={Math.max(120, patterns.length * 34 + 40)}
      data={patterns}
      layout="vertical"
      margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid stroke="#e2e8f0" horizontal={false} />
      <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
      <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={150} />
      <Tooltip />
      <Bar name="Nights" dataKey="nights" fill={BRAND} isAnimationActive={false} />
    </BarChart>
  );
}
