import { z } from 'zod';
import { isUuid } from './ids';
import {
  FLAG_FILTERS,
  MAX_QUERY_LENGTH,
  PANEL_SORT_KEYS,
  TREND_FILTERS,
  type FlagFilter,
  type PanelSortKey,
  type TrendFilter,
} from './panel-params';
import { parseQueryStrict, positiveIntParam, queryParam } from './query-params';
import { isStorableText, UNSAFE_TEXT_MESSAGE } from './text';

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
    const validValue =
      (typeof sortValue === 'number' && Number.isFinite(sortValue)) ||
      (typeof sortValue === 'string' && isStorableText(sortValue));
    if (!validValue || typeof name !== 'string' || !isStorableText(name)) return null;
    if (typeof id !== 'string' || !isUuid(id)) return null;
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

const sortParam = z.string().transform((raw, context) => {
  const desc = raw.startsWith('-');
  const sort = z.enum(PANEL_SORT_KEYS).safeParse(desc ? raw.slice(1) : raw);
  if (sort.success) return { sort: sort.data, desc };
  context.addIssue({
    code: 'custom',
    message: `Sort by one of ${PANEL_SORT_KEYS.join(', ')}, with a leading - for descending.`,
  });
  return z.NEVER;
});

/**
 * `GET /api/v1/patients` parameters. Unlike the page, an API client gets told
 * what is wrong: unknown values answer 422 with one message per field.
 * `sort` is a column key, prefixed with `-` for descending.
 */
export const panelApiQuerySchema = z.object({
  query: z
    .string()
    .transform((text) => text.trim())
    .pipe(
      z
        .string()
        .refine(isStorableText, { error: UNSAFE_TEXT_MESSAGE })
        .max(MAX_QUERY_LENGTH, { error: `Query can be at most ${MAX_QUERY_LENGTH} characters.` }),
    )
    .default(''),
  sort: sortParam.default({ sort: 'name', desc: false }),
  flag: queryParam(z.enum(FLAG_FILTERS), `Flag must be one of ${FLAG_FILTERS.join(', ')}.`)
    .nullable()
    .default(null),
  trend: queryParam(z.enum(TREND_FILTERS), `Trend must be one of ${TREND_FILTERS.join(', ')}.`)
    .nullable()
    .default(null),
  cursor: z
    .string()
    .transform((text, context) => {
      const cursor = decodeCursor(text);
      if (cursor) return cursor;
      context.addIssue({ code: 'custom', message: 'This cursor is not valid; use next_cursor from a previous page.' });
      return z.NEVER;
    })
    .nullable()
    .default(null),
  limit: queryParam(
    positiveIntParam.pipe(z.number().max(API_MAX_LIMIT)),
    `Limit must be a whole number from 1 to ${API_MAX_LIMIT}.`,
  ).default(API_DEFAULT_LIMIT),
});

/**
 * Parses `GET /api/v1/patients` parameters (see `panelApiQuerySchema`).
 * @throws ValidationError
 */
export function parsePanelApiQuery(params: URLSearchParams): PanelApiQuery {
  const { sort, ...rest } = parseQueryStrict(panelApiQuerySchema, params);
  return { ...rest, ...sort };
}
