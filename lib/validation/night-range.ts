import { ValidationError } from '../errors';
import { isCalendarDate } from './dates';

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` for API reads, both optional.
 * @throws ValidationError (422) for a malformed date or `from` after `to`.
 */
export function parseNightRange(params: URLSearchParams): { from?: string; to?: string } {
  const fields: Record<string, string> = {};
  const range: { from?: string; to?: string } = {};
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value)) range[key] = value;
    else fields[key] = 'Enter a date as YYYY-MM-DD.';
  }
  if (range.from && range.to && range.from > range.to) fields.from = 'From must not be after to.';
  if (Object.keys(fields).length > 0) throw new ValidationError('Some query parameters are not valid.', fields);
  return range;
}
