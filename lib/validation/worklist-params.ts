import { isRuleId, LIVE_FLAG_STATUSES, TIERS, type LiveFlagStatus, type RuleId, type Tier } from '../rules';

export const WORKLIST_PAGE_SIZE = 25;

/** The worklist's filters, held in the URL. Null means "all". */
export interface WorklistFilter {
  tier: Tier | null;
  /** The worklist shows live flags only. */
  status: LiveFlagStatus | null;
  rule: RuleId | null;
  /** 1-based. */
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the worklist filters; each malformed parameter falls back to "all" (or page 1) on its own. */
export function parseWorklistParams(params: RawParams): WorklistFilter {
  const tier = first(params, 'tier');
  const status = first(params, 'status');
  const rule = first(params, 'rule');
  const page = first(params, 'page');
  return {
    tier: TIERS.find((t) => t === tier) ?? null,
    status: LIVE_FLAG_STATUSES.find((s) => s === status) ?? null,
    rule: isRuleId(rule) ? rule : null,
    page: page && /^\d{1,6}$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
  };
}

/** The search string for a filter, leaving out what is "all" and page 1. */
export function worklistSearch(filter: Partial<WorklistFilter>): string {
  const params = new URLSearchParams();
  if (filter.tier) params.set('tier', filter.tier);
  if (filter.status) params.set('status', filter.status);
  if (filter.rule) params.set('rule', filter.rule);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}
