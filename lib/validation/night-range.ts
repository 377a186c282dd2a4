import { z } from 'zod';
import { isValidNight } from '../rules/nights';
import { queryParam } from './query-params';

/** A download's `from` or `to` night: a real `YYYY-MM-DD` date, surrounding spaces ignored. */
function exportNight(name: 'from' | 'to') {
  return queryParam(
    z
      .string()
      .trim()
      .refine((value) => isValidNight(value)),
    `The "${name}" date must be a real date written YYYY-MM-DD.`,
  ).optional();
}

/**
 * `?from&to` of the exports (CSV, PDF, FHIR), both optional. A download has no
 * form to fall back to, so a bad date is an error (400, lib/export/range.ts);
 * the API's reads use `nightRangeQuerySchema` (lib/validation/diary.ts).
 */
export const exportRangeQuerySchema = z.object({ from: exportNight('from'), to: exportNight('to') });
