import type { InsightReport } from '@/lib/insights/types';
import { Badge, type BadgeVariant } from '@/components/ui/badge';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
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

const VERDICT_BADGES = {
  fewer_pain_nights: 'success',
  more_pain_nights: 'caution',
  no_clear_difference: 'neutral',
  not_enough_nights: 'neutral',
} as const satisfies Record<InsightReport['comparisons'][number]['verdict'], BadgeVariant>;

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
      <TableContainer label="Insights table (scrolls sideways on small screens)">
        <Table className="min-w-[48rem]" data-testid="patient-insights">
          <TableCaption>Nights with vs without each habit</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Habit</TableHead>
              <TableHead>With: pain nights; mean worst pain</TableHead>
              <TableHead>Without: pain nights; mean worst pain</TableHead>
              <TableHead>Pain-night rate difference</TableHead>
              <TableHead>Mean worst pain difference</TableHead>
              <TableHead>Verdict</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.comparisons.map((comparison) => (
              <TableRow key={comparison.factor}>
                <TableHead scope="row" className="font-medium">
                  {INSIGHT_FACTOR_LABELS[comparison.factor]}
                  <span className="block text-xs font-normal text-slate-600">{insightSplitLabel(comparison)}</span>
                </TableHead>
                <TableCell>
                  {formatPainNights(comparison.with)}; mean {formatMeanPain(comparison.with.mean_worst_pain)}
                </TableCell>
                <TableCell>
                  {formatPainNights(comparison.without)}; mean {formatMeanPain(comparison.without.mean_worst_pain)}
                </TableCell>
                <TableCell>{formatRateDifference(comparison.difference)}</TableCell>
                <TableCell>{formatPainDifference(comparison.worst_pain_difference)}</TableCell>
                <TableCell>
                  <Badge variant={VERDICT_BADGES[comparison.verdict]}>
                    {INSIGHT_VERDICT_LABELS[comparison.verdict]}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </div>
  );
}
