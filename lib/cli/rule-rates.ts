import { parseArgs } from 'node:util';
import { compareRuleVersions, formatRatesTable, REVIEW_NIGHTS } from '../bench/rule-rates';
import { RULES_V1_VERSION, RULE_CHECKS_V1 } from '../bench/rules-v1';
import { ARCHETYPE_IDS } from '../demo/archetypes';
import { demoPatients, generatePatients } from '../demo/generate';
import { RULES_VERSION, isValidNight } from '../rules';
import { RULE_CHECKS } from '../rules/rules';
import { runCli } from './open-database';

const USAGE = `Usage: npm run rules:rates -- [--end-night YYYY-MM-DD] [--bench N]

Generates the demo clinic in memory, runs the warning-sign rules over every
night with rules version 1 and the current version, and prints flags per
patient-month for each archetype (docs/rule-versions.md). No database.

  --end-night DATE   the demo's last night (default 2026-11-30, so the table is repeatable)
  --bench N          also measure N benchmark-mix patients of 90 nights each`;

/** The default last night: fixed, so docs/rule-versions.md can be reproduced exactly. */
const DEFAULT_END_NIGHT = '2026-11-30';
const RULE = 'soon-severe-or-worsening-pain';

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { 'end-night': { type: 'string' }, bench: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const endNight = values['end-night'] ?? DEFAULT_END_NIGHT;
  if (!isValidNight(endNight)) throw new Error(`--end-night must be a YYYY-MM-DD night.\n\n${USAGE}`);
  const bench = values.bench === undefined ? 0 : Number(values.bench);
  if (!Number.isInteger(bench) || bench < 0 || bench > 100_000) {
    throw new Error(`--bench must be a whole number from 0 to 100,000.\n\n${USAGE}`);
  }
  const versions = { before: RULE_CHECKS_V1, after: RULE_CHECKS, ruleId: RULE, order: ARCHETYPE_IDS } as const;
  const review = Object.entries(REVIEW_NIGHTS)
    .map(([tier, nights]) => `${tier} ${nights}`)
    .join(', ');
  console.log(`Rules ${RULES_V1_VERSION} (v1) → ${RULES_VERSION} (v2); flags per patient-month (30 nights).`);
  console.log(`Review model: a flag is resolved this many nights after it reached its tier: ${review}.\n`);

  console.log(`Demo clinic (npm run demo's cast), last night ${endNight}:\n`);
  console.log(formatRatesTable(compareRuleVersions({ patients: demoPatients({ endNight }), ...versions }), RULE));
  if (bench > 0) {
    console.log(
      `\nBenchmark mix, ${bench} patients × 90 nights (npm run db:generate's stream), last night ${endNight}:\n`,
    );
    const patients = generatePatients({ count: bench, nights: 90, endNight });
    console.log(formatRatesTable(compareRuleVersions({ patients, ...versions }), RULE));
  }
});
