import { formatDuration, formatShare } from '@/lib/presentation/table-format';
import type { RuleStat } from '@/lib/dal/rule-stats';
import type { Tier } from '@/lib/rules';
import { tableClass, tableWrapClass, tdClass, thClass } from './styles';

const TIER_STYLES: Record<Tier, string> = {
  emergency: 'bg-red-100 text-red-900 ring-red-300',
  urgent: 'bg-orange-100 text-orange-900 ring-orange-300',
  soon: 'bg-amber-50 text-amber-900 ring-amber-300',
  routine: 'bg-slate-100 text-slate-800 ring-slate-300',
};

function TierBadge({ tier }: { tier: Tier | null }) {
  if (!tier) return <span className="text-xs text-slate-500">retired rule</span>;
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium capitalize ring-1 ${TIER_STYLES[tier]}`}>
      {tier}
    </span>
  );
}

/** One row per rule: flags raised, acknowledged, resolved, still waiting, and the median time to act. */
export function RuleStatsTable({ stats }: { stats: RuleStat[] }) {
  const total = stats.reduce((sum, row) => sum + row.raised, 0);
  if (total === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-600">
        No flags were raised in this period.
      </p>
    );
  }
  return (
    <>
      <RuleStatsCards stats={stats} />
      <div className={`${tableWrapClass} hidden sm:block`}>
        <table className={tableClass} data-testid="rule-stats-table">
          <caption className="sr-only">Flags per warning-sign rule</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={thClass}>
                Rule
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Raised
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Acknowledged
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Resolved
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Waiting
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Median time to acknowledge
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {stats.map((row) => (
              <tr key={row.rule_id} className={row.raised === 0 ? 'text-slate-500' : undefined}>
                <th scope="row" className={`${tdClass} text-left font-normal`}>
                  <div className="font-medium text-slate-900">{row.title}</div>
                  <div className="mt-0.5 flex flex-wrap items-center gap-2">
                    <TierBadge tier={row.tier} />
                    <code className="text-xs text-slate-500">{row.rule_id}</code>
                  </div>
                </th>
                <td className={`${tdClass} text-right tabular-nums`}>{row.raised}</td>
                <td className={`${tdClass} text-right tabular-nums whitespace-nowrap`}>
                  {formatShare(row.acknowledged, row.raised)}
                </td>
                <td className={`${tdClass} text-right tabular-nums whitespace-nowrap`}>
                  {formatShare(row.resolved, row.raised)}
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>{row.raised === 0 ? '—' : row.awaiting}</td>
                <td className={`${tdClass} text-right whitespace-nowrap`}>
                  {formatDuration(row.median_seconds_to_acknowledge)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** On a phone, one card per rule instead of a six-column table. */
function RuleStatsCards({ stats }: { stats: RuleStat[] }) {
  return (
    <ul className="space-y-3 sm:hidden" aria-label="Flags per warning-sign rule">
      {stats.map((row) => (
        <li key={row.rule_id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
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
