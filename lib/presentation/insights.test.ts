import { describe, expect, it } from 'vitest';
import { computeInsights } from '../insights/compare';
import { night, run, WINDOW } from '../insights/test-nights';
import {
  INSIGHT_FACTORS,
  INSIGHT_VERDICTS,
  type FactorComparison,
  type InsightFactor,
  type InsightVerdict,
} from '../insights/types';
import {
  formatPainDifference,
  formatPainNights,
  formatRateDifference,
  INSIGHT_CAVEAT,
  INSIGHT_FACTOR_LABELS,
  INSIGHT_VERDICT_LABELS,
  insightSplitLabel,
  patientInsightSentences,
} from './insights';

function make(
  factor: InsightFactor,
  verdict: InsightVerdict,
  withNights: number,
  withoutNights: number,
): FactorComparison {
  return {
    factor,
    with: { nights: withNights, pain_nights: Math.floor(withNights / 4), mean_worst_pain: withNights ? 2 : null },
    without: {
      nights: withoutNights,
      pain_nights: Math.floor((withoutNights * 3) / 5),
      mean_worst_pain: withoutNights ? 5 : null,
    },
    difference: null,
    worst_pain_difference: null,
    verdict,
    threshold: factor === 'hydration' ? (withNights % 2 ? 6.5 : 1) : null,
  };
}

/** Every combination of factor, verdict and group sizes (including empty groups) the wording can meet. */
const EVERY_CASE = INSIGHT_FACTORS.flatMap((factor) =>
  INSIGHT_VERDICTS.flatMap((verdict) =>
    [
      [12, 15],
      [0, 9],
      [7, 0],
      [1, 1],
    ].map(([w, wo]) => make(factor, verdict, w!, wo!)),
  ),
);

describe('insight wording', () => {
  it('reads like the example: "On nights after you stretched, … 3 of 12 nights. On nights you didn\'t stretch, 9 of 15."', () => {
    const sentences = patientInsightSentences(make('stretched_before_bed', 'no_clear_difference', 12, 15));
    expect(sentences.slice(0, 2)).toEqual([
      'On nights after you stretched, you had cramps or leg pain on 3 of 12 nights.',
      "On nights you didn't stretch, 9 of 15 nights.",
    ]);
  });

  it('never says "cause(s)" or "because" in any sentence, label or caveat', () => {
    const texts = [
      ...EVERY_CASE.flatMap(patientInsightSentences),
      ...EVERY_CASE.map(insightSplitLabel),
      ...Object.values(INSIGHT_FACTOR_LABELS),
      ...Object.values(INSIGHT_VERDICT_LABELS),
      INSIGHT_CAVEAT,
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(text).not.toMatch(/caus|because/i);
  });

  it('says the result is a pattern, not proof, and to talk to the clinic about medicines', () => {
    expect(INSIGHT_CAVEAT).toMatch(/pattern/);
    expect(INSIGHT_CAVEAT).toMatch(/not proof/);
    expect(INSIGHT_CAVEAT).toMatch(/clinic.*medicine/);
  });

  it('gives each verdict its own plain sentence', () => {
    const verdicts = INSIGHT_VERDICTS.map((v) => patientInsightSentences(make('hydration', v, 12, 15))[2]);
    expect(new Set(verdicts).size).toBe(INSIGHT_VERDICTS.length);
    expect(verdicts[0]).toBe('So far, you had pain on fewer nights on days you drank 1 glass of water or more.');
    expect(verdicts[3]).toMatch(/not enough nights yet/);
  });

  it('speaks of an empty group as "no nights yet" rather than "0 of 0"', () => {
    const [first, second] = patientInsightSentences(make('long_standing_or_exercise', 'not_enough_nights', 0, 9));
    expect(first).toBe('After days with a lot of standing or exercise: no nights yet.');
    expect(second).toBe('After quieter days, you had cramps or leg pain on 5 of 9 nights.');
  });

  it('formats the hydration split at the patient’s median from real data', () => {
    const nights = [...run(0, 10, 2, { hydration_glasses: 7 }), ...run(10, 10, 8, { hydration_glasses: 4 }), night(30)];
    const hydration = computeInsights(nights, WINDOW).comparisons.find((c) => c.factor === 'hydration')!;
    expect(patientInsightSentences(hydration)[0]).toBe(
      'On days you drank 5.5 glasses of water or more, you had cramps or leg pain on 2 of 10 nights.',
    );
    expect(insightSplitLabel(hydration)).toBe('≥ 5.5 glasses (own median) vs fewer');
  });
});

describe('clinician formatting', () => {
  it('shows rate differences in percentage points with the interval, and dashes for none', () => {
    expect(formatRateDifference({ estimate: -0.35, low: -0.6214, high: -0.0123 })).toBe(
      '−35.0 points (95% CI −62.1 to −1.2)',
    );
    expect(formatRateDifference({ estimate: 0, low: -0.2775, high: 0.2775 })).toBe(
      '0.0 points (95% CI −27.8 to +27.8)',
    );
    expect(formatRateDifference(null)).toBe('—');
    expect(formatPainDifference({ estimate: -2.06, low: -3.4, high: -0.75 })).toBe('−2.1 (95% CI −3.4 to −0.8)');
    expect(formatPainNights({ nights: 12, pain_nights: 3, mean_worst_pain: 1 })).toBe('3/12 (25%)');
    expect(formatPainNights({ nights: 0, pain_nights: 0, mean_worst_pain: null })).toBe('0/0');
  });
});
