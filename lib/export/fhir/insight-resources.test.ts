import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../insights/compare';
import { testEntry, testExportData } from '../test-data';
import { buildFhirBundle } from './bundle';
import { checkBundle } from './check-bundle';
import { INSIGHT_CODE_SYSTEM, INSIGHT_FACTOR_SYSTEM, INSIGHT_VERDICT_SYSTEM } from './insight-resources';
import { LOINC, type Resource } from './types';

const entries = Array.from({ length: 20 }, (_, i) => {
  const night = new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10);
  const stretched = i % 2 === 0;
  return testEntry(night, {
    stretched_before_bed: stretched,
    worst_pain: stretched ? 0 : 6,
    episodes: stretched ? 0 : 1,
    woke_from_pain: !stretched,
  });
});
const window = { from: '2026-03-01', to: '2026-03-20' };
const insights = computeInsights(entries, window);

function observations(resources: Resource[], system: string): Resource[] {
  return resources.filter(
    (r) =>
      r.resourceType === 'Observation' &&
      (r.code as { coding: Array<{ system: string }> }).coding.some((coding) => coding.system === system),
  );
}

describe('insight Observations in the FHIR bundle', () => {
  const bundle = buildFhirBundle(testExportData({ range: window, entries, insights }));
  const resources = bundle.entry.map((entry) => entry.resource);

  it('adds one Observation per habit, in a Calfwatch code system, and leaves the rest as it was', () => {
    expect(checkBundle(bundle)).toEqual([]);
    const found = observations(resources, INSIGHT_CODE_SYSTEM);
    expect(found).toHaveLength(4);
    expect(observations(resources, LOINC)).toHaveLength(entries.length);
    const without = buildFhirBundle(testExportData({ range: window, entries }));
    expect(bundle.entry.filter((e) => !found.includes(e.resource))).toEqual(without.entry);
  });

  it('carries the difference, both groups, the 95% limits and the verdict', () => {
    const stretching = observations(resources, INSIGHT_CODE_SYSTEM).find((r) =>
      JSON.stringify(r.component).includes('"stretched_before_bed"'),
    )!;
    const comparison = insights.comparisons[0]!;
    expect(stretching).toMatchObject({
      status: 'final',
      effectivePeriod: { start: '2026-03-01', end: '2026-03-20' },
      valueQuantity: { value: -1, code: '1', system: 'http://unitsofmeasure.org' },
      interpretation: [{ coding: [{ system: INSIGHT_VERDICT_SYSTEM, code: 'fewer_pain_nights' }] }],
    });
    const components = Object.fromEntries(
      (stretching.component as Array<{ code: { coding: Array<{ code: string }> }; [k: string]: unknown }>).map((c) => [
        c.code.coding[0]!.code,
        c.valueInteger ?? c.valueQuantity ?? c.valueCodeableConcept,
      ]),
    );
    expect(components).toEqual({
      factor: {
        coding: [{ system: INSIGHT_FACTOR_SYSTEM, code: 'stretched_before_bed', display: 'Stretching before bed' }],
      },
      'nights-with': 10,
      'pain-nights-with': 0,
      'nights-without': 10,
      'pain-nights-without': 10,
      'ci95-low': expect.objectContaining({ value: Math.round(comparison.difference!.low * 10_000) / 10_000 }),
      'ci95-high': expect.objectContaining({ value: Math.round(comparison.difference!.high * 10_000) / 10_000 }),
    });
  });

  it('says why a comparison has no value when a side is empty', () => {
    const medicine = observations(resources, INSIGHT_CODE_SYSTEM).find((r) =>
      JSON.stringify(r.component).includes('"new_medicine"'),
    )!;
    expect(medicine.valueQuantity).toBeUndefined();
    expect(medicine.dataAbsentReason).toMatchObject({ coding: [{ code: 'not-applicable' }] });
    expect(JSON.stringify(bundle)).not.toMatch(/caus|because/i);
  });
});
