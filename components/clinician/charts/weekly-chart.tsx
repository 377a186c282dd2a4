'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekPoint } from '@/lib/presentation/chart-data';
import { AXIS_TICK, BRAND } from './chart-frame';

/** Pain nights per week (0–7), labelled by the week's last night. */
export function WeeklyChart({ weeks }: { weeks: WeekPoint[] }) {
  return (
    <BarChart responsive width="100%" height={200} data={weeks} margin={{ top: 10, right: 10, bottom: 0, left: -20 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={16} />
      <YAxis domain={[0, 7]} ticks={[0, 1, 2, 3, 4, 5, 6, 7]} tick={AXIS_TICK} allowDecimals={false} />
      <Tooltip />
      <Bar name="Pain nights" dataKey="pain_nights" fill={BRAND} isAnimationActive={false} />
    </BarChart>
  );
}
