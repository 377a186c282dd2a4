import { ValidationError } from '../errors';
import { FLAG_STATUSES, type FlagStatus } from '../rules/flag-statuses';

/**
 * `?status=open` or a comma list (`open,acknowledged`); absent means every status.
 * @throws ValidationError (422) naming the unknown status.
 */
export function parseFlagStatuses(raw: string | null): FlagStatus[] | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const parts = raw.split(',').map((part) => part.trim());
  const unknown = parts.filter((part) => !(FLAG_STATUSES as readonly string[]).includes(part));
  if (unknown.length > 0) {
    throw new ValidationError('Some query parameters are not valid.', {
      status: `Status must be one or more of ${FLAG_STATUSES.join(', ')}, separated by commas.`,
    });
  }
  return [...new Set(parts as FlagStatus[])];
}
