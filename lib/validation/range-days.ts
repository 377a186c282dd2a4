import { z } from 'zod';
import { parseQueryLenient } from './query-params';

/** The patient page's ranges, in nights. */
export const RANGE_OPTIONS = [30, 90, 365] as const;
export type RangeDays = (typeof RANGE_OPTIONS)[number];
export const DEFAULT_RANGE: RangeDays = 90;

/** The clinician's patient page: `?range=30|90|365`, written exactly; anything else falls back to 90 nights. */
export const patientRangeQuerySchema = z.object({
  range: z
    .string()
    .refine((text) => RANGE_OPTIONS.some((option) => String(option) === text))
    .transform((text) => Number(text) as RangeDays)
    .default(DEFAULT_RANGE),
});

export function parseRangeDays(value: string | string[] | undefined): RangeDays {
  return parseQueryLenient(patientRangeQuerySchema, { range: value }).range;
}

/** The patient's own diary charts, in nights. */
export const CHART_RANGES = [30, 90] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** The diary page: `?days=30|90` (as a number); anything unexpected falls back to 30 rather than failing. */
export const diaryChartQuerySchema = z.object({
  days: z.string().transform(Number).pipe(z.literal(CHART_RANGES)).default(30),
});
