import { z } from 'zod';
import { LIVE_FLAG_STATUSES, RULE_IDS, TIERS, type LiveFlagStatus, type RuleId, type Tier } from '../rules';
import { parseQueryLenient, positiveIntParam, type RawParams } from './query-params';

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

/** The worklist's query string; the page reads it leniently (a malformed filter means "all"). */
export const worklistQuerySchema = z.object({
  tier: z.enum(TIERS).nullable().default(null),
  status: z.enum(LIVE_FLAG_STATUSES).nullable().default(null),
  rule: z.enum(RULE_IDS).nullable().default(null),
  page: positiveIntParam.default(1),
});

/** Reads the worklist filters; each malformed parameter falls back to "all" (or page 1) on its own. */
export function parseWorklistParams(params: RawParams): WorklistFilter {
  return parseQueryLenient(worklistQuerySchema, params);
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
