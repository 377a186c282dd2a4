import type { FactorComparison, InsightFactor, InsightVerdict, Interval } from '../insights/types';

/*
 * How insights are put into words. These are patterns in one patient's own
 * diary, not proof: nothing here may say that a habit "causes" anything or that
 * something happened "because" of it (lib/presentation/insights.test.ts checks
 * every sentence). Patient sentences aim at a reading age of about 11.
 */

/** The factor as a short heading (pages, PDF, FHIR display). */
export const INSIGHT_FACTOR_LABELS: Record<InsightFactor, string> = {
  stretched_before_bed: 'Stretching before bed',
  hydration: 'Drinking water',
  long_standing_or_exercise: 'Long standing or exercise',
  new_medicine: 'A new medicine (first 7 nights)',
};

/** The verdict as clinicians read it. */
export const INSIGHT_VERDICT_LABELS: Record<InsightVerdict, string> = {
  fewer_pain_nights: 'Fewer pain nights',
  more_pain_nights: 'More pain nights',
  no_clear_difference: 'No clear difference',
  not_enough_nights: 'Not enough nights yet',
};

/** The caveat every insights view carries. */
export const INSIGHT_CAVEAT =
  'This is a pattern in your diary, not proof. Talk to your clinic before you stop, start or change any medicine.';

interface FactorWords {
  /** Opens the sentence about nights with the habit. */
  withNights: string;
  /** Opens the sentence about nights without it. */
  withoutNights: string;
  /** Ends "you had pain on fewer nights …". */
  after: string;
}

function wordsFor(comparison: FactorComparison): FactorWords {
  switch (comparison.factor) {
    case 'stretched_before_bed':
      return {
        withNights: 'On nights after you stretched',
        withoutNights: "On nights you didn't stretch",
        after: 'after you stretched',
      };
    case 'hydration': {
      const glasses = formatGlasses(comparison.threshold);
      return {
        withNights: `On days you drank ${glasses} or more`,
        withoutNights: 'On days you drank less',
        after: `on days you drank ${glasses} or more`,
      };
    }
    case 'long_standing_or_exercise':
      return {
        withNights: 'After days with a lot of standing or exercise',
        withoutNights: 'After quieter days',
        after: 'after days with a lot of standing or exercise',
      };
    case 'new_medicine':
      return {
        withNights: 'In the first week after you started a new medicine',
        withoutNights: 'At other times',
        after: 'in the first week of a new medicine',
      };
  }
}

function formatGlasses(threshold: number | null): string {
  if (threshold === null) return 'your usual glasses of water';
  const count = Number.isInteger(threshold) ? String(threshold) : threshold.toFixed(1);
  return `${count} ${threshold === 1 ? 'glass' : 'glasses'} of water`;
}

function nightsOf(count: number): string {
  return `${count} ${count === 1 ? 'night' : 'nights'}`;
}

/**
 * What the patient reads about one habit: the two counts and what they seem
 * to show, e.g. "On nights after you stretched, you had cramps or leg pain on 3
 * of 12 nights." / "On nights you didn't stretch, 9 of 15." / a verdict line.
 */
export function patientInsightSentences(comparison: FactorComparison): string[] {
  const words = wordsFor(comparison);
  const { with: withHabit, without } = comparison;
  const first =
    withHabit.nights === 0
      ? `${words.withNights}: no nights yet.`
      : `${words.withNights}, you had cramps or leg pain on ${withHabit.pain_nights} of ${nightsOf(withHabit.nights)}.`;
  const second =
    without.nights === 0
      ? `${words.withoutNights}: no nights yet.`
      : `${words.withoutNights}, ${withHabit.nights === 0 ? 'you had cramps or leg pain on ' : ''}${without.pain_nights} of ${nightsOf(without.nights)}.`;
  return [first, second, patientVerdictSentence(comparison.verdict, words)];
}

function patientVerdictSentence(verdict: InsightVerdict, words: FactorWords): string {
  switch (verdict) {
    case 'fewer_pain_nights':
      return `So far, you had pain on fewer nights ${words.after}.`;
    case 'more_pain_nights':
      return `So far, you had pain on more nights ${words.after}.`;
    case 'no_clear_difference':
      return 'So far, there is no clear difference.';
    case 'not_enough_nights':
      return 'There are not enough nights yet to tell. Keep filling in your diary.';
  }
}

/** A difference of rates in percentage points with its interval: "−35.0 points (95% CI −62.1 to −1.2)". */
export function formatRateDifference(difference: Interval | null): string {
  if (!difference) return '—';
  const points = (value: number) => signed(value * 100, 1);
  return `${points(difference.estimate)} points (95% CI ${points(difference.low)} to ${points(difference.high)})`;
}

/** A difference of mean worst pain (0–10 scale) with its interval: "−2.1 (95% CI −3.4 to −0.8)". */
export function formatPainDifference(difference: Interval | null): string {
  if (!difference) return '—';
  return `${signed(difference.estimate, 1)} (95% CI ${signed(difference.low, 1)} to ${signed(difference.high, 1)})`;
}

/** "3/12 (25%)": pain nights out of nights. */
export function formatPainNights(group: FactorComparison['with']): string {
  if (group.nights === 0) return '0/0';
  return `${group.pain_nights}/${group.nights} (${Math.round((group.pain_nights / group.nights) * 100)}%)`;
}

/** Mean worst pain to one decimal, or a dash for an empty group. */
export function formatMeanPain(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** How the comparison splits nights, for clinicians: "stretched vs did not", "≥ 6 glasses vs fewer". */
export function insightSplitLabel(comparison: FactorComparison): string {
  switch (comparison.factor) {
    case 'stretched_before_bed':
      return 'stretched vs did not';
    case 'hydration':
      return comparison.threshold === null
        ? 'no water recorded'
        : `≥ ${comparison.threshold} glasses (own median) vs fewer`;
    case 'long_standing_or_exercise':
      return 'long standing/exercise that day vs not';
    case 'new_medicine':
      return 'new medicine in the last 7 nights vs not';
  }
}

function signed(value: number, digits: number): string {
  const fixed = Math.abs(value).toFixed(digits);
  if (Number(fixed) === 0) return (0).toFixed(digits);
  return `${value < 0 ? '−' : '+'}${fixed}`;
}

/** One bar of a paired insight chart: a group and the share of its nights with pain. */
export interface InsightBar {
  label: string;
  /** Percent of the group's nights that were pain nights; null for an empty group. */
  percent: number | null;
  painNights: number;
  nights: number;
}

/** Short names for the two groups, for chart axes and tables. */
export function insightGroupLabels(comparison: FactorComparison): [string, string] {
  switch (comparison.factor) {
    case 'stretched_before_bed':
      return ['Stretched', "Didn't stretch"];
    case 'hydration':
      return comparison.threshold === null
        ? ['More water', 'Less water']
        : [`${formatCount(comparison.threshold)}+ glasses`, `Under ${formatCount(comparison.threshold)}`];
    case 'long_standing_or_exercise':
      return ['Busy days', 'Quieter days'];
    case 'new_medicine':
      return ['New medicine', 'Other nights'];
  }
}

/** The two bars of a factor's chart: with the habit first. */
export function insightBars(comparison: FactorComparison): [InsightBar, InsightBar] {
  const [withLabel, withoutLabel] = insightGroupLabels(comparison);
  const bar = (label: string, group: FactorComparison['with']): InsightBar => ({
    label,
    percent: group.nights === 0 ? null : Math.round((group.pain_nights / group.nights) * 100),
    painNights: group.pain_nights,
    nights: group.nights,
  });
  return [bar(withLabel, comparison.with), bar(withoutLabel, comparison.without)];
}

function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
