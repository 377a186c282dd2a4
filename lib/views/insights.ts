import type { FactorComparison, InsightReport } from '../insights/types';
import { roundGroup, roundInterval } from './rounding';

/**
 * The insights as the API sends them (`GET /api/v1/insights`,
 * `GET /api/v1/patients/{id}/insights`): exactly window and comparisons, each
 * comparison its factor, the two groups, the pain-night rate difference (with
 * minus without) and the verdict. Pages, the PDF and FHIR read the full report.
 */
export interface InsightsBody {
  window: { from: string; to: string };
  comparisons: Array<Pick<FactorComparison, 'factor' | 'with' | 'without' | 'difference' | 'verdict'>>;
}

/** Proportions and their limits to 4 decimal places, mean worst pain to 2: no floating-point noise on the wire. */
export function toInsightsBody(report: InsightReport): InsightsBody {
  return {
    window: { from: report.window.from, to: report.window.to },
    comparisons: report.comparisons.map((comparison) => ({
      factor: comparison.factor,
      with: roundGroup(comparison.with),
      without: roundGroup(comparison.without),
      difference: comparison.difference ? roundInterval(comparison.difference, 4) : null,
      verdict: comparison.verdict,
    })),
  };
}
