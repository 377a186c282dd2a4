import { nightRangeQuerySchema } from './diary';
import { parseQueryStrict } from './query-params';

/** `?from&to` of the insights reads: both optional `YYYY-MM-DD` nights in the years 0001–9998, from ≤ to. */
export const insightsQuerySchema = nightRangeQuerySchema;

/**
 * Reads the insights window from a query string.
 * @throws ValidationError (422) naming each bad parameter.
 */
export function parseInsightsQuery(params: URLSearchParams): { from?: string; to?: string } {
  return parseQueryStrict(insightsQuerySchema, params);
}
