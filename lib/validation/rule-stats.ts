import { z } from 'zod';

/** Windows the rule statistics can cover, by when flags were first raised. */
export const RULE_STATS_PERIODS = ['30', '90', '365', 'all'] as const;
export type RuleStatsPeriod = (typeof RULE_STATS_PERIODS)[number];

export const RULE_STATS_PERIOD_LABELS: Record<RuleStatsPeriod, string> = {
  '30': 'Last 30 days',
  '90': 'Last 90 days',
  '365': 'Last 12 months',
  all: 'All time',
};

export const ruleStatsQuerySchema = z.object({
  period: z
    .enum(RULE_STATS_PERIODS, { error: `period must be one of ${RULE_STATS_PERIODS.join(', ')}.` })
    .default('all'),
});

/** The start of a period (undefined for all time). */
export function sinceForPeriod(period: RuleStatsPeriod, now = new Date()): Date | undefined {
  if (period === 'all') return undefined;
  return new Date(now.getTime() - Number(period) * 86_400_000);
}
