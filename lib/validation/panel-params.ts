import { z } from 'zod';
import { parseQueryLenient, positiveIntParam, type RawParams } from './query-params';
import { isStorableText } from './text';

/** Columns the patient table may be sorted by; anything else is refused or ignored. */
export const PANEL_SORT_KEYS = [
  'name',
  'last_entry',
  'pain_nights_7d',
  'pain_nights_30d',
  'mean_worst_pain_7d',
  'trend',
  'highest_flag',
  'adherence_14d',
] as const;
export type PanelSortKey = (typeof PANEL_SORT_KEYS)[number];

/** `any` = at least one unresolved flag; `none` = no unresolved flag; a tier = the highest is that tier. */
export const FLAG_FILTERS = ['any', 'none', 'emergency', 'urgent', 'soon', 'routine'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

export const TREND_FILTERS = ['rising', 'steady', 'falling'] as const;
export type TrendFilter = (typeof TREND_FILTERS)[number];

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const MAX_QUERY_LENGTH = 100;

/** What the patient table shows; the URL holds it so a view can be shared and reloaded. */
export interface PanelTableState {
  query: string;
  sort: PanelSortKey;
  desc: boolean;
  flag: FlagFilter | null;
  trend: TrendFilter | null;
  /** 1-based. */
  page: number;
  size: number;
}

/** Flagged patients first: what a clinician opening the panel most needs to see. */
export const DEFAULT_PANEL_STATE: PanelTableState = {
  query: '',
  sort: 'highest_flag',
  desc: true,
  flag: null,
  trend: null,
  page: 1,
  size: 25,
};

/**
 * The patient table's query string as the page reads it: leniently, so each
 * parameter that is missing or malformed falls back to its default on its
 * own and a bad link still opens a working table.
 */
export const panelPageQuerySchema = z.object({
  // Text the database cannot store is no search; a long one is cut, not refused.
  q: z
    .string()
    .transform((text) => (isStorableText(text) ? text.trim().slice(0, MAX_QUERY_LENGTH) : ''))
    .default(''),
  sort: z.enum(PANEL_SORT_KEYS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  flag: z.enum(FLAG_FILTERS).nullable().default(null),
  trend: z.enum(TREND_FILTERS).nullable().default(null),
  page: positiveIntParam.default(1),
  size: positiveIntParam.pipe(z.literal(PAGE_SIZES)).default(DEFAULT_PANEL_STATE.size as (typeof PAGE_SIZES)[number]),
});

/** Reads the table state from page search params (see `panelPageQuerySchema`). */
export function parsePanelSearchParams(params: RawParams): PanelTableState {
  const { q, sort, dir, ...rest } = parseQueryLenient(panelPageQuerySchema, params);
  return {
    query: q,
    sort: sort ?? DEFAULT_PANEL_STATE.sort,
    // Direction only means something with a valid column; otherwise keep the default pair.
    desc: sort && dir ? dir === 'desc' : DEFAULT_PANEL_STATE.desc,
    ...rest,
  };
}

/** The search string for a table state, leaving out whatever equals the default. */
export function panelStateToSearch(state: PanelTableState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.sort !== DEFAULT_PANEL_STATE.sort || state.desc !== DEFAULT_PANEL_STATE.desc) {
    params.set('sort', state.sort);
    params.set('dir', state.desc ? 'desc' : 'asc');
  }
  if (state.flag) params.set('flag', state.flag);
  if (state.trend) params.set('trend', state.trend);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size !== DEFAULT_PANEL_STATE.size) params.set('size', String(state.size));
  const search = params.toString();
  return search ? `?${search}` : '';
}
