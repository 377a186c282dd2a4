import type { FactorComparison, InsightReport } from '../../insights/types';
import { INSIGHT_FACTOR_LABELS, INSIGHT_VERDICT_LABELS } from '../../presentation/insights';
import { derivedUuid, urnFor } from './ids';
import { CALFWATCH_FHIR_BASE, type CodeableConcept, type Coding, type Resource } from './types';

/** Calfwatch's code system for insight observations and their components. */
export const INSIGHT_CODE_SYSTEM = `${CALFWATCH_FHIR_BASE}/CodeSystem/insight`;
/** The habits compared (the diary field codes, plus `hydration`). */
export const INSIGHT_FACTOR_SYSTEM = `${CALFWATCH_FHIR_BASE}/CodeSystem/insight-factor`;
/** The verdicts, as the API names them. */
export const INSIGHT_VERDICT_SYSTEM = `${CALFWATCH_FHIR_BASE}/CodeSystem/insight-verdict`;

const UCUM = 'http://unitsofmeasure.org';

function insightCode(code: string, display: string): CodeableConcept {
  return { coding: [{ system: INSIGHT_CODE_SYSTEM, code, display }] };
}

function proportion(value: number) {
  return { value: round(value), unit: 'proportion', system: UCUM, code: '1' };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000 + 0;
}

function count(code: string, display: string, value: number) {
  return { code: insightCode(code, display), valueInteger: value };
}

/**
 * One comparison as an Observation: the value is the pain-night rate with the
 * habit minus without it; components carry the factor, both groups' counts
 * and the 95% limits (Newcombe's hybrid score interval); the verdict is the
 * interpretation. With an empty group there is no value, only the counts.
 */
function insightObservation(comparison: FactorComparison, report: InsightReport, patientId: string): Resource {
  const factor: Coding = {
    system: INSIGHT_FACTOR_SYSTEM,
    code: comparison.factor,
    display: INSIGHT_FACTOR_LABELS[comparison.factor],
  };
  const { difference } = comparison;
  const components = [
    { code: insightCode('factor', 'Habit compared'), valueCodeableConcept: { coding: [factor] } },
    count('nights-with', 'Nights with the habit', comparison.with.nights),
    count('pain-nights-with', 'Pain nights with the habit', comparison.with.pain_nights),
    count('nights-without', 'Nights without the habit', comparison.without.nights),
    count('pain-nights-without', 'Pain nights without the habit', comparison.without.pain_nights),
    ...(difference
      ? [
          { code: insightCode('ci95-low', 'Lower 95% limit'), valueQuantity: proportion(difference.low) },
          { code: insightCode('ci95-high', 'Upper 95% limit'), valueQuantity: proportion(difference.high) },
        ]
      : []),
  ];
  return {
    resourceType: 'Observation',
    id: derivedUuid(patientId, 'insight', comparison.factor, report.window.from, report.window.to),
    status: 'final',
    code: {
      ...insightCode('pain-night-rate-difference', 'Pain-night rate, nights with minus nights without a habit'),
      text: `Pain-night rate difference: ${INSIGHT_FACTOR_LABELS[comparison.factor]}`,
    },
    subject: { reference: urnFor(patientId) },
    effectivePeriod: { start: report.window.from, end: report.window.to },
    ...(difference
      ? { valueQuantity: proportion(difference.estimate) }
      : {
          dataAbsentReason: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'not-applicable' }],
            text: 'No nights on one side of the comparison',
          },
        }),
    interpretation: [
      {
        coding: [
          {
            system: INSIGHT_VERDICT_SYSTEM,
            code: comparison.verdict,
            display: INSIGHT_VERDICT_LABELS[comparison.verdict],
          },
        ],
      },
    ],
    method: { text: "Newcombe's hybrid score interval (Stat Med 1998;17:873, method 10), 95%" },
    note: [{ text: "An association in this patient's own diary, not proof that the habit changes the pain." }],
    component: components,
  };
}

/** The insights of an export as one Observation per habit compared. */
export function insightObservations(report: InsightReport, patientId: string): Resource[] {
  return report.comparisons.map((comparison) => insightObservation(comparison, report, patientId));
}
