import { formatDuration, formatShare } from '@/lib/presentation/table-format';
import type { RuleStat } from '@/lib/dal/rule-stats';
import type { Tier } from '@/lib/rules';
import { Badge } from '@/components/ui/badge';
import {
  EmptyState,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { cardVariants } from '@/components/ui/card';

function TierBadge({ tier }: { tier: Tier | null }) {
  if (!tier) return <span className="text-xs text-slate-500">retired rule</span>;
  return (
    <Badge variant={tier} className="capitalize">
      {tier}
    </Badge>
  );
}

/** One row per rule: flags raised, acknowledged, resolved, still waiting, and the median time to act. */
export function RuleStatsTable({ stats }: { stats: RuleStat[] }) {
  const total = stats.reduce((sum, row) => sum + row.raised, 0);
  if (total === 0) {
    return <EmptyState>No flags were raised in this period.</EmptyState>;
  }
  return (
    <>
      <RuleStatsCards stats={stats} />
      <TableContainer className="hidden sm:block">
        <Table data-testid="rule-stats-table">
          <TableCaption>Flags per warning-sign rule</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Rule</TableHead>
              <TableHead align="right">Raised</TableHead>
              <TableHead align="right">Acknowledged</TableHead>
              <TableHead align="right">Resolved</TableHead>
              <TableHead align="right">Waiting</TableHead>
              <TableHead align="right">Median time to acknowledge</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {stats.map((row) => (
              <TableRow key={row.rule_id} className={row.raised === 0 ? 'text-slate-500' : undefined}>
                <TableHead scope="row" className="font-normal">
                  <div className="font-medium text-slate-900">{row.title}</div>
                  <div className="mt-0.5 flex flex-wrap items-center gap-2">
                    <TierBadge tier={row.tier} />
                    <code className="text-xs text-slate-500">{row.rule_id}</code>
                  </div>
                </TableHead>
                <TableCell align="right">{row.raised}</TableCell>
                <TableCell align="right" className="whitespace-nowrap">
                  {formatShare(row.acknowledged, row.raised)}
                </TableCell>
                <TableCell align="right" className="whitespace-nowrap">
                  {formatShare(row.resolved, row.raised)}
                </TableCell>
                <TableCell align="right">{row.raised === 0 ? '—' : row.awaiting}</TableCell>
                <TableCell align="right" className="whitespace-nowrap">
                  {formatDuration(row.median_seconds_to_acknowledge)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

/** On a phone, one card per rule instead of a six-column table. */
function RuleStatsCards({ stats }: { stats: RuleStat[] }) {
  return (
    <ul className="space-y-3 sm:hidden" aria-label="Flags per warning-sign rule">
      {stats.map((row) => (
        <li key={row.rule_id} className={cardVariants({ compact: true, className: 'text-sm shadow-sm' })}>
          <div className="font-medium">{row.title}</div>
          <div className="mt-0.5 flex flex-wrap items-center gap-2">
            <TierBadge tier={row.tier} />
            <code className="text-xs break-all text-slate-500">{row.rule_id}</code>
          </div>
          {row.raised === 0 ? (
            <p className="mt-2 text-slate-500">No flags raised.</p>
          ) : (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="text-slate-600">Raised</dt>
              <dd className="tabular-nums">{row.raised}</dd>
              <dt className="text-slate-600">Acknowledged</dt>
              <dd className="tabular-nums">{formatShare(row.acknowledged, row.raised)}</dd>
              <dt className="text-slate-600">Resolved</dt>
              <dd className="tabular-nums">{formatShare(row.resolved, row.raised)}</dd>
              <dt className="text-slate-600">Waiting</dt>
              <dd className="tabular-nums">{row.awaiting}</dd>
              <dt className="text-slate-600">Median time to acknowledge</dt>
              <dd>{formatDuration(row.median_seconds_to_acknowledge)}</dd>
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
