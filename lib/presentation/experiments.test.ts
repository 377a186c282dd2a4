import { describe, expect, it } from 'vitest';
import { computeExperimentResult, type ExperimentResult } from '../insights/experiment';
import { night, painful } from '../insights/test-nights';
import { addDays } from '../rules/nights';
import {
  EXPERIMENT_HOW_TO,
  EXPERIMENT_REMINDERS,
  EXPERIMENT_TITLES,
  experimentProgressLabel,
  patientExperimentSentences,
} from './experiments';

const START = '2026-03-10';

function resultOf(beforePain: number, duringPain: number, duringNights = 14): ExperimentResult {
  const nights = [
    ...Array.from({ length: 14 }, (_, i) => ({
      ...night(0, i < beforePain ? painful() : {}),
      night_of: addDays(START, -14 + i),
    })),
    ...Array.from({ length: duringNights }, (_, i) => ({
      ...night(0, { ...(i < duringPain ? painful() : {}), stretched_before_bed: i !== 0 }),
      night_of: addDays(START, i),
    })),
  ];
  return computeExperimentResult('stretched_before_bed', START, nights);
}

describe('experiment words', () => {
  it('tells a clearly better fortnight in plain words with the honest range', () => {
    expect(patientExperimentSentences('stretched_before_bed', resultOf(11, 2))).toEqual([
      'During your experiment, you had cramps or leg pain on 2 of 14 nights.',
      'In the 14 nights before, you had cramps or leg pain on 11 of 14 nights.',
      'You stretched on 13 of the 14 nights you filled in.',
      'You had pain on fewer nights during the experiment than before it.',
      'The real difference could be anywhere from 4 to 11 fewer pain nights in every 14.',
    ]);
  });

  it('says a range that crosses zero as fewer to more', () => {
    const sentences = patientExperimentSentences('stretched_before_bed', resultOf(7, 6));
    expect(sentences[3]).toBe('There is no clear difference between the two times.');
    expect(sentences[4]).toMatch(/^The real difference could be anywhere from \d+ fewer to \d+ more pain nights/);
  });

  it('says when there are not enough nights, without a range', () => {
    const sentences = patientExperimentSentences('stretched_before_bed', resultOf(10, 0, 5));
    expect(sentences.at(-1)).toBe('There were not enough nights in your diary to tell. You can try again.');
  });

  it('numbers the nights', () => {
    expect(experimentProgressLabel(0)).toBe('Starts tonight');
    expect(experimentProgressLabel(3)).toBe('Night 3 of 14');
  });

  it('never says "cause" or "because"', () => {
    const all = [
      ...Object.values(EXPERIMENT_TITLES),
      ...Object.values(EXPERIMENT_HOW_TO),
      ...Object.values(EXPERIMENT_REMINDERS),
      ...[resultOf(11, 2), resultOf(2, 11), resultOf(7, 7), resultOf(10, 0, 5)].flatMap((r) =>
        patientExperimentSentences('stretched_before_bed', r),
      ),
    ];
    for (const sentence of all) expect(sentence).not.toMatch(/caus|because/i);
  });
});
