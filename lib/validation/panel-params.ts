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

type RawParams = Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((item) => item === value);
}

export function positiveInt(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

/**
 * Reads the table state from page search params. Each parameter that is
 * missing or malformed falls back to its default on its own, so a bad link
 * still opens a working table.
 */
export function parsePanelSearchParams(params: RawParams): PanelTableState {
  const sort = oneOf(PANEL_SORT_KEYS, first(params, 'sort'));
  const dir = first(params, 'dir');
  const size = positiveInt(first(params, 'size'));
  return {
    query: storableOrEmpty(first(params, 'q') ?? '')
      .trim()
      .slice(0, MAX_QUERY_LENGTH),
    sort: sort ?? DEFAULT_PANEL_STATE.sort,
    // Direction only means something with a valid column; otherwise keep the default pair.
    desc: sort && (dir === 'asc' || dir === 'desc') ? dir === 'desc' : DEFAULT_PANEL_STATE.desc,
    flag: oneOf(FLAG_FILTERS, first(params, 'flag')) ?? null,
    trend: oneOf(TREND_FILTERS, first(params, 'trend')) ?? null,
    page: positiveInt(first(params, 'page')) ?? 1,
    size: PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PANEL_STATE.size,
  };
}

function storableOrEmpty(text: string): string {
  return isStorableText(text) ? text : '';
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
