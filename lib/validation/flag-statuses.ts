import { z } from 'zod';
import { FLAG_STATUSES, type FlagStatus } from '../rules/flag-statuses';
import { parseQueryStrict, queryParam } from './query-params';

/** `?status=open` or a comma list (`open,acknowledged`); absent means every status. */
export const flagStatusQuerySchema = z.object({
  status: queryParam(
    z
      .string()
      .transform((raw) => raw.split(',').map((part) => part.trim()))
      .pipe(z.array(z.enum(FLAG_STATUSES)))
      .transform((parts) => [...new Set(parts)]),
    `Status must be one or more of ${FLAG_STATUSES.join(', ')}, separated by commas.`,
  ).optional(),
});

/**
 * The statuses a flag list is narrowed to, or undefined for all.
 * @throws ValidationError (422) naming the unknown status.
 */
export function parseFlagStatuses(params: URLSearchParams): FlagStatus[] | undefined {
  return parseQueryStrict(flagStatusQuerySchema, params).status;
}
