import type { FactorComparison, InsightReport, Interval } from '../insights/types';

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
      difference: comparison.difference ? roundInterval(comparison.difference) : null,
      verdict: comparison.verdict,
    })),
  };
}

function roundGroup(group: FactorComparison['with']): FactorComparison['with'] {
  return {
    nights: group.nights,
    pain_nights: group.pain_nights,
    mean_worst_pain: group.mean_worst_pain === null ? null : round(group.mean_worst_pain, 2),
  };
}

function roundInterval(interval: Interval): Interval {
  return { estimate: round(interval.estimate, 4), low: round(interval.low, 4), high: round(interval.high, 4) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  // + 0 turns -0 into 0.
  return Math.round(value * factor) / factor + 0;
}
