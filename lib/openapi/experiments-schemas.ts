import { z } from 'zod';
import {
  EXPERIMENT_FACTORS,
  EXPERIMENT_NIGHTS,
  EXPERIMENT_STATUSES,
  INSIGHT_VERDICTS,
  MIN_NIGHTS_PER_GROUP,
} from '../insights';

/** Experiments as they are sent (lib/views/experiments.ts). */
const nightGroupSchema = z.strictObject({
  nights: z.int().describe('Recorded nights in this period.'),
  pain_nights: z.int().describe('Of those, pain nights (worst pain ≥ 1, an episode, or woke from pain).'),
  mean_worst_pain: z.number().nullable().describe('Mean worst pain (0–10), 2 dp; null for no nights.'),
});

const intervalSchema = z.strictObject({
  estimate: z.number(),
  low: z.number().describe('Lower limit of the 95% interval.'),
  high: z.number().describe('Upper limit of the 95% interval.'),
});

const periodSchema = z.strictObject({
  from: z.iso.date(),
  to: z.iso.date(),
  recorded: z.array(z.iso.date()).describe('The nights of this period in the diary when it finished, oldest first.'),
});

export const experimentResultSchema = z
  .strictObject({
    during: periodSchema.describe(`The experiment's ${EXPERIMENT_NIGHTS} nights.`),
    before: periodSchema.describe(`The ${EXPERIMENT_NIGHTS} nights before the start.`),
    followed_nights: z.int().describe('Experiment nights on which the diary records the habit.'),
    with: nightGroupSchema.describe('The experiment nights.'),
    without: nightGroupSchema.describe('The nights before.'),
    difference: intervalSchema
      .nullable()
      .describe(
        "Pain-night rate during minus before (−1 to 1, 4 dp), Newcombe's hybrid score interval (Stat Med " +
          '1998;17:873, method 10); null when a period has no recorded nights.',
      ),
    worst_pain_difference: intervalSchema
      .nullable()
      .describe("Mean worst pain during minus before, Welch's t interval, 2 dp; null with under 2 nights a side."),
    verdict: z
      .enum(INSIGHT_VERDICTS)
      .describe(
        `As for insights: a direction only when the interval excludes 0 and each period has at least ` +
          `${MIN_NIGHTS_PER_GROUP} recorded nights. An association in this patient's diary, not a cause.`,
      ),
  })
  .nullable()
  .describe('Stored when the experiment finishes (the nights are over); null while running or when abandoned.');

export const experimentSchema = z.strictObject({
  id: z.uuid(),
  factor: z.enum(EXPERIMENT_FACTORS).describe('The habit kept every night: `stretched_before_bed`.'),
  start_night: z.iso.date().describe('The first experiment night: the day it was started.'),
  end_night: z.iso.date().describe(`The last night: start_night + ${EXPERIMENT_NIGHTS - 1}.`),
  status: z
    .enum(EXPERIMENT_STATUSES)
    .describe(
      '`running`; `finished` from the day after end_night once that night is recorded (or the day after that ' +
        'regardless), with its result; `abandoned` when stopped early.',
    ),
  result: experimentResultSchema,
});

export const experimentReplySchema = z.strictObject({ experiment: experimentSchema });
export const experimentListSchema = z.strictObject({
  experiments: z.array(experimentSchema).describe('Newest first; at most one is running.'),
});
