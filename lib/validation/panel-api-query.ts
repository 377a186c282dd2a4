import { ValidationError } from '../errors';
import { isUuid } from './ids';
import {
  FLAG_FILTERS,
  MAX_QUERY_LENGTH,
  oneOf,
  PANEL_SORT_KEYS,
  positiveInt,
  TREND_FILTERS,
  type FlagFilter,
  type PanelSortKey,
  type TrendFilter,
} from './panel-params';

/** A keyset position: the sort value, the lower-cased name and the id of the last row served. */
export type PanelCursor = [value: number | string, name: string, id: string];

export function encodeCursor(cursor: PanelCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** Decodes an opaque cursor; null when it is not one this server issued. */
export function decodeCursor(text: string): PanelCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [sortValue, name, id] = value as unknown[];
    const validValue = (typeof sortValue === 'number' && Number.isFinite(sortValue)) || typeof sortValue === 'string';
    if (!validValue || typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
    return [sortValue, name, id];
  } catch {
    return null;
  }
}

export interface PanelApiQuery {
  query: string;
  sort: PanelSortKey;
  desc: boolean;
  flag: FlagFilter | null;
  trend: TrendFilter | null;
  cursor: PanelCursor | null;
  limit: number;
}

export const API_DEFAULT_LIMIT = 50;
export const API_MAX_LIMIT = 100;

/**
 * Parses `GET /api/v1/patients` parameters. Unlike the page, an API client
 * gets told what is wrong: unknown values answer 422 with one message per field.
 * `sort` is a column key, prefixed with `-` for descending.
 * @throws ValidationError
 */
export function parsePanelApiQuery(params: URLSearchParams): PanelApiQuery {
  const fields: Record<string, string> = {};
  const rawSort = params.get('sort') ?? 'name';
  const desc = rawSort.startsWith('-');
  const sort = oneOf(PANEL_SORT_KEYS, desc ? rawSort.slice(1) : rawSort);
  if (!sort) fields.sort = `Sort by one of ${PANEL_SORT_KEYS.join(', ')}, with a leading - for descending.`;
  const rawFlag = params.get('flag');
  const flag = rawFlag === null ? null : (oneOf(FLAG_FILTERS, rawFlag) ?? null);
  if (rawFlag !== null && !flag) fields.flag = `Flag must be one of ${FLAG_FILTERS.join(', ')}.`;
  const rawTrend = params.get('trend');
  const trend = rawTrend === null ? null : (oneOf(TREND_FILTERS, rawTrend) ?? null);
  if (rawTrend !== null && !trend) fields.trend = `Trend must be one of ${TREND_FILTERS.join(', ')}.`;
  const rawCursor = params.get('cursor');
  const cursor = rawCursor ? decodeCursor(rawCursor) : null;
  if (rawCursor && !cursor) fields.cursor = 'This cursor is not valid; use next_cursor from a previous page.';
  const rawLimit = params.get('limit');
  const limit = rawLimit === null ? API_DEFAULT_LIMIT : positiveInt(rawLimit);
  if (limit === undefined || limit > API_MAX_LIMIT)
    fields.limit = `Limit must be a whole number from 1 to ${API_MAX_LIMIT}.`;
  const query = (params.get('query') ?? '').trim();
  if (query.length > MAX_QUERY_LENGTH) fields.query = `Query can be at most ${MAX_QUERY_LENGTH} characters.`;
  if (Object.keys(fields).length > 0) throw new ValidationError('Some query parameters are not valid.', fields);
  return { query, sort: sort!, desc, flag, trend, cursor, limit: limit ?? API_DEFAULT_LIMIT };
}
