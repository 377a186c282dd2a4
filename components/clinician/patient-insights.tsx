import type { InsightReport } from '@/lib/insights/types';
import { formatDate } from '@/lib/presentation/format';
import {
  formatMeanPain,
  formatPainDifference,
  formatPainNights,
  formatRateDifference,
  INSIGHT_FACTOR_LABELS,
  INSIGHT_VERDICT_LABELS,
  insightSplitLabel,
} from '@/lib/presentation/insights';

const VERDICT_STYLES = {
  fewer_pain_nights: 'bg-emerald-100 text-emerald-900',
  more_pain_nights: 'bg-amber-100 text-amber-950',
  no_clear_difference: 'bg-slate-100 text-slate-800',
  not_enough_nights: 'bg-slate-100 text-slate-600',
} as const;

/**
 * The patient's nights with vs without each habit, for clinicians: exact
 * counts, both 95% intervals (Newcombe for the pain-night rate, Welch for mean
 * worst pain) and the verdict. Associations in one diary, not causes.
 */
export function PatientInsights({ report }: { report: InsightReport }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Nights {formatDate(report.window.from)} to {formatDate(report.window.to)}. Difference = with minus without. A
        verdict needs a 95% interval excluding 0 and at least 7 nights on each side. Associations, not proof.
      </p>
      {/* A focusable, named region, like the other wide tables: keyboard users can scroll it on a small screen. */}
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        role="region"
        aria-label="Insights table (scrolls sideways on small screens)"
        tabIndex={0}
      >
        <table className="w-full min-w-[48rem] text-left text-sm" data-testid="patient-insights">
          <caption className="sr-only">Nights with vs without each habit</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Habit
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                With: pain nights; mean worst pain
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Without: pain nights; mean worst pain
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Pain-night rate difference
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Mean worst pain difference
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Verdict
              </th>
            </tr>
          </thead>
          <tbody>
            {report.comparisons.map((comparison) => (
              <tr key={comparison.factor} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  {INSIGHT_FACTOR_LABELS[comparison.factor]}
                  <span className="block text-xs font-normal text-slate-600">{insightSplitLabel(comparison)}</span>
                </th>
                <td className="px-3 py-2">
                  {formatPainNights(comparison.with)}; mean {formatMeanPain(comparison.with.mean_worst_pain)}
                </td>
                <td className="px-3 py-2">
                  {formatPainNights(comparison.without)}; mean {formatMeanPain(comparison.without.mean_worst_pain)}
                </td>
                <td className="px-3 py-2">{formatRateDifference(comparison.difference)}</td>
                <td className="px-3 py-2">{formatPainDifference(comparison.worst_pain_difference)}</td>
                <td className="px-3 py-2">
                  <span className={`rounded px-2 py-0.5 ${VERDICT_STYLES[comparison.verdict]}`}>
                    {INSIGHT_VERDICT_LABELS[comparison.verdict]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
