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

/** The patient page's entries table shows this many of the newest nights first; more on request. */
export const ENTRIES_PAGE = 30;
/** The most nights a range holds, so the most `?entries=` can usefully ask for. */
const MOST_ENTRIES = Math.max(...RANGE_OPTIONS);

/**
 * The patient page: `?range=` as above, and `?entries=N` (a whole number, at
 * least 1) or `?entries=all` for how many of the newest entries the table
 * shows. Anything else falls back to the first page of 30.
 */
export const patientPageQuerySchema = patientRangeQuerySchema.extend({
  entries: z
    .union([
      z.literal('all'),
      z
        .string()
        .regex(/^\d{1,4}$/)
        .transform(Number)
        .pipe(z.number().int().min(1).max(MOST_ENTRIES)),
    ])
    .default(ENTRIES_PAGE),
});

export type PatientPageQuery = z.output<typeof patientPageQuerySchema>;

export function parsePatientPageQuery(params: Record<string, string | string[] | undefined>): PatientPageQuery {
  return parseQueryLenient(patientPageQuerySchema, params);
}

/** The patient's own diary charts, in nights. */
export const CHART_RANGES = [30, 90] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** The diary page: `?days=30|90` (as a number); anything unexpected falls back to 30 rather than failing. */
export const diaryChartQuerySchema = z.object({
  days: z.string().transform(Number).pipe(z.literal(CHART_RANGES)).default(30),
});
