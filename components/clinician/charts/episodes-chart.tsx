'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { NightPoint } from '@/lib/presentation/chart-data';
import { AXIS_TICK, BRAND } from './chart-frame';

/** Pain episodes per night. */
export function EpisodesChart({ points }: { points: NightPoint[] }) {
  return (
    <BarChart responsive width="100%" height={200} data={points} margin={{ top: 10, right: 10, bottom: 0, left: -20 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={24} />
      <YAxis tick={AXIS_TICK} allowDecimals={false} />
      <Tooltip />
      <Bar name="Episodes" dataKey="episodes" fill={BRAND} isAnimationActive={false} />
    </BarChart>
  );
}
