import {
  EXPERIMENT_NIGHTS,
  experimentNightNumber,
  type ExperimentFactor,
  type ExperimentResult,
  type ExperimentStatus,
} from '../insights/experiment';
import type { Interval } from '../insights/types';

/*
 * How the two-week experiment is put into words. Like the insights, a result
 * is a pattern in the patient's own diary, not proof: nothing here says a habit
 * "causes" anything or that something happened "because" of it
 * (lib/presentation/experiments.test.ts checks). Patient words aim at a reading
 * age of about 11.
 */

/** What the patient is asked to do, as a heading and a button label. */
export const EXPERIMENT_TITLES: Record<ExperimentFactor, string> = {
  stretched_before_bed: 'Stretch every night for 14 nights',
};

/** Short names for clinician tables and the PDF. */
export const EXPERIMENT_SHORT_LABELS: Record<ExperimentFactor, string> = {
  stretched_before_bed: 'Stretching before bed',
};

/** How to take part, in plain words. */
export const EXPERIMENT_HOW_TO: Record<ExperimentFactor, string> = {
  stretched_before_bed:
    'Every night before bed, stretch your calves for a few minutes. Fill in your diary each morning and tick ' +
    '"I stretched my calves before bed". After 14 nights we will put those nights next to the 14 nights before you started.',
};

/** The reminder on the diary form while an experiment runs. */
export const EXPERIMENT_REMINDERS: Record<ExperimentFactor, string> = {
  stretched_before_bed:
    'Remember to stretch your calves before bed, and tick "I stretched my calves before bed" below.',
};

export const EXPERIMENT_STATUS_LABELS: Record<ExperimentStatus, string> = {
  running: 'Running',
  finished: 'Finished',
  abandoned: 'Stopped early',
};

function nights(count: number): string {
  return `${count} ${count === 1 ? 'night' : 'nights'}`;
}

/** "Night 3 of 14", or a word for before the start. */
export function experimentProgressLabel(nightNumber: number): string {
  if (nightNumber <= 0) return 'Starts tonight';
  return `Night ${nightNumber} of ${EXPERIMENT_NIGHTS}`;
}

/**
 * A finished experiment in plain words: the two periods' counts, how many
 * nights the habit was kept, what the numbers seem to show and how sure we
 * can be (the interval, as pain nights in every 14).
 */
export function patientExperimentSentences(factor: ExperimentFactor, result: ExperimentResult): string[] {
  const during =
    result.with.nights === 0
      ? 'During your experiment, no nights were filled in.'
      : `During your experiment, you had cramps or leg pain on ${result.with.pain_nights} of ${nights(result.with.nights)}.`;
  const before =
    result.without.nights === 0
      ? 'In the 14 nights before, no nights were filled in.'
      : `In the 14 nights before, you had cramps or leg pain on ${result.without.pain_nights} of ${nights(result.without.nights)}.`;
  const sentences = [during, before, followedSentence(factor, result)];
  sentences.push(verdictSentence(result.verdict));
  const range = rangeSentence(result.difference);
  if (range && result.verdict !== 'not_enough_nights') sentences.push(range);
  return sentences;
}

function followedSentence(factor: ExperimentFactor, result: ExperimentResult): string {
  switch (factor) {
    case 'stretched_before_bed':
      return `You stretched on ${result.followed_nights} of the ${nights(result.with.nights)} you filled in.`;
  }
}

function verdictSentence(verdict: ExperimentResult['verdict']): string {
  switch (verdict) {
    case 'fewer_pain_nights':
      return 'You had pain on fewer nights during the experiment than before it.';
    case 'more_pain_nights':
      return 'You had pain on more nights during the experiment than before it.';
    case 'no_clear_difference':
      return 'There is no clear difference between the two times.';
    case 'not_enough_nights':
      return 'There were not enough nights in your diary to tell. You can try again.';
  }
}

/** The 95% interval as pain nights out of every 14: "… anywhere from 4 to 12 fewer pain nights in 14." */
function rangeSentence(difference: Interval | null): string | null {
  if (!difference) return null;
  const low = Math.round(difference.low * EXPERIMENT_NIGHTS);
  const high = Math.round(difference.high * EXPERIMENT_NIGHTS);
  const describe = (value: number) => (value < 0 ? `${-value} fewer` : value > 0 ? `${value} more` : 'no');
  if (low === high) return `Our best guess is ${describe(low)} pain nights in every 14.`;
  if (high < 0) return `The real difference could be anywhere from ${-high} to ${-low} fewer pain nights in every 14.`;
  if (low > 0) return `The real difference could be anywhere from ${low} to ${high} more pain nights in every 14.`;
  return `The real difference could be anywhere from ${describe(low)} to ${describe(high)} pain nights in every 14.`;
}

/** A clinician's one-line summary of where an experiment stands: "Night 5 of 14", "Finished", "Stopped early on …". */
export function clinicianExperimentStatus(
  experiment: { status: ExperimentStatus; start_night: string; end_night: string },
  today: string,
): string {
  if (experiment.status !== 'running') return EXPERIMENT_STATUS_LABELS[experiment.status];
  if (today > experiment.end_night) return 'Running: nights over, waiting for the last entry';
  return `Running: ${experimentProgressLabel(experimentNightNumber(experiment.start_night, today)).toLowerCase()}`;
}
