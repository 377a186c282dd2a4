/**
 * Renders docs/rules.md from the catalog in code, so the page cannot drift from
 * what the engine runs. `npm run docs:rules` writes it; catalog-doc.test.ts
 * fails when the committed page differs from this output.
 */
import { RULE_CATALOG, type RuleInfo } from './catalog';
import { TIER_INSTRUCTIONS, patientMessage } from './messages';
import { OVERDUE_AFTER_MS } from './overdue';
import { CALF_SIGN_SYMPTOMS, CRAMP_LISTED_MEDICINES, RISK_CONDITIONS } from './predicates';
import { RULES_VERSION, RULE_IDS, type RuleId } from './rule-ids';
import { TIERS, type Tier } from './tiers';

/** Where the generated page lives, relative to the repository root. */
export const RULES_DOC_PATH = 'docs/rules.md';

const HOUR_MS = 3_600_000;

/** Codes as a prose list: "`a`, `b` and `c`". */
function codeList(list: readonly string[]): string {
  const quoted = list.map((code) => `\`${code}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

function duration(ms: number): string {
  const hours = ms / HOUR_MS;
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  return `${hours / 24} days`;
}

function tierText(info: RuleInfo): string {
  return info.raisedTier ? `\`${info.baseTier}\`, raised to \`${info.raisedTier}\`` : `\`${info.baseTier}\``;
}

function ruleSection(id: RuleId): string[] {
  const info = RULE_CATALOG[id];
  const lines = [
    `### \`${id}\`: ${info.title}`,
    '',
    `- **Tier:** ${tierText(info)}`,
    `- **Fires when:** ${info.trigger}`,
    info.raisedTier && info.raisedBy
      ? `- **Modifiers:** raised to \`${info.raisedTier}\` by ${info.raisedBy}`
      : '- **Modifiers:** none; the tier never changes.',
    `- **For the clinician:** ${info.clinicianReason}`,
    `- **Patient message:** “${patientMessage(id, info.baseTier)}”`,
  ];
  if (info.raisedTier) {
    lines.push(`- **Patient message when raised:** “${patientMessage(id, info.raisedTier)}”`);
  }
  return [...lines, ''];
}

function tierRow(tier: Tier): string {
  const { heading, action } = TIER_INSTRUCTIONS[tier];
  return `| \`${tier}\` | ${heading}: ${action} | ${duration(OVERDUE_AFTER_MS[tier])} |`;
}

/** The whole page, ending with a newline. */
export function renderRulesDoc(): string {
  const lines = [
    '<!-- Generated from lib/rules/catalog.ts by `npm run docs:rules`. Do not edit by hand: change the catalog',
    '     and re-run; lib/rules/catalog-doc.test.ts fails while this page is out of date. -->',
    '',
    '# Warning-sign rules',
    '',
    `Catalog version \`${RULES_VERSION}\`. What changed between versions, and how flags keep the version that`,
    'raised them, is in [rule-versions.md](rule-versions.md).',
    '',
    'Each time a patient saves a night, or their profile changes, the engine (`lib/rules`) runs every rule below',
    "for that night. A rule looks only at the patient's profile and diary entries, never at the clock, so the same",
    'data always gives the same flags. Rule ids never change: they appear in the API, the exports and the audit log.',
    '',
    '## Tiers',
    '',
    'Highest first. The patient sees the tier’s instruction at once, without waiting for a clinician. A flag that',
    'stays open (not acknowledged) longer than its tier allows is marked overdue on the worklist.',
    '',
    '| tier | what the patient is told | overdue after |',
    '|---|---|---|',
    ...[...TIERS].reverse().map(tierRow),
    '',
    '## Words used below',
    '',
    '- **Night N** is the `night_of` of the entry being evaluated. **The last 7 nights** are N−6 … N;',
    '  **the 7 nights before** are N−13 … N−7. A night without an entry is no evidence either way, never pain.',
    '- A **pain night** is an entry with `worst_pain` ≥ 1, `episodes` ≥ 1 or `woke_from_pain`.',
    `- **Calf signs**: ${codeList(CALF_SIGN_SYMPTOMS)}, or the pattern \`swollen_hot_calf\`.`,
    '  `side` is `left`, `right`, `both` or `none`; `none` counts as one side, to be safe.',
    `- **Risk conditions** are ${codeList(RISK_CONDITIONS)} on the profile.`,
    `- **Cramp-listed medicines** are ${codeList(CRAMP_LISTED_MEDICINES)}.`,
    '- A **modifier** is something on the profile (or pregnancy on night N) that raises a rule to a higher tier.',
    '',
    '## The rules',
    '',
    '| id | tier | name |',
    '|---|---|---|',
    ...RULE_IDS.map((id) => `| \`${id}\` | ${tierText(RULE_CATALOG[id])} | ${RULE_CATALOG[id].title} |`),
    '',
    ...RULE_IDS.flatMap(ruleSection),
    '## How firings become flags',
    '',
    '- A patient has at most one open or acknowledged flag per rule. A new firing adds its nights to that flag’s',
    '  evidence and moves its "last seen"; a firing at a higher tier escalates it and reopens it if acknowledged.',
    '- Once a flag is resolved, the next firing opens a new flag.',
    '- Editing an entry never deletes a flag. If the rule no longer fires, the flag stays, marked "evidence withdrawn',
    '  by patient", for a clinician to resolve.',
    '- Each flag shows its rule, tier, reason, evidence nights, the modifiers that raised it, when it was first and',
    '  last seen, and the catalog version that raised it.',
    '- In the FHIR export each flag is a `Flag` (active, or inactive once resolved) with a `DetectedIssue` whose',
    '  severity is high for emergency and urgent, moderate for soon and low for routine.',
  ];
  return `${lines.join('\n')}\n`;
}
