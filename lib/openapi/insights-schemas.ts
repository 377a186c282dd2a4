import { z } from 'zod';
import { INSIGHT_FACTORS, INSIGHT_VERDICTS, MIN_NIGHTS_PER_GROUP } from '../insights';

/** The insights as they are sent (lib/views/insights.ts). */
const nightGroupSchema = z.strictObject({
  nights: z.int().describe('Nights in the window on this side.'),
  pain_nights: z.int().describe('Of those, pain nights (worst pain ≥ 1, an episode, or woke from pain).'),
  mean_worst_pain: z.number().nullable().describe('Mean worst pain (0–10) of those nights, 2 dp; null for none.'),
});

const differenceSchema = z
  .strictObject({
    estimate: z.number().describe('Pain-night rate with minus without (a proportion, −1 to 1), 4 dp.'),
    low: z.number().describe('Lower limit of the 95% interval.'),
    high: z.number().describe('Upper limit of the 95% interval.'),
  })
  .nullable()
  .describe(
    "Newcombe's hybrid score interval (Stat Med 1998;17:873, method 10) for the difference of pain-night rates; " +
      'null when either side has no nights.',
  );

export const insightComparisonSchema = z.strictObject({
  factor: z
    .enum(INSIGHT_FACTORS)
    .describe(
      '`stretched_before_bed`, `long_standing_or_exercise`: that diary field; `hydration`: `hydration_glasses` at ' +
        "or above the patient's own median in the window vs below (nights without a count left out); " +
        '`new_medicine`: a new medicine recorded on that night or the 6 before it.',
    ),
  with: nightGroupSchema,
  without: nightGroupSchema,
  difference: differenceSchema,
  verdict: z
    .enum(INSIGHT_VERDICTS)
    .describe(
      `\`fewer_pain_nights\`/\`more_pain_nights\` only when the interval excludes 0 and each side has at least ` +
        `${MIN_NIGHTS_PER_GROUP} nights; \`not_enough_nights\` when a side has fewer. An association in this ` +
        "patient's diary, not a cause.",
    ),
});

export const insightsSchema = z.strictObject({
  window: z
    .strictObject({ from: z.iso.date(), to: z.iso.date() })
    .describe('The nights compared, both included: by default the 90 nights up to today.'),
  comparisons: z.array(insightComparisonSchema).describe('One per factor, always all four, in this order.'),
});
