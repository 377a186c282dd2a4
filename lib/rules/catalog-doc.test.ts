import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG, RULE_IDS, RULES_VERSION } from './catalog';
import { RULES_DOC_PATH, renderRulesDoc } from './catalog-doc';
import { patientMessage } from './messages';

const committed = readFileSync(path.resolve(import.meta.dirname, '../..', RULES_DOC_PATH), 'utf8');

describe('docs/rules.md', () => {
  it('is what npm run docs:rules generates from the catalog (re-run it after changing a rule)', () => {
    expect(committed).toBe(renderRulesDoc());
  });

  it('names the catalog version', () => {
    expect(committed).toContain(`Catalog version \`${RULES_VERSION}\``);
  });

  it.each(RULE_IDS)('%s: has a section with its trigger and patient message', (id) => {
    const info = RULE_CATALOG[id];
    expect(committed).toContain(`### \`${id}\`: ${info.title}`);
    expect(committed).toContain(info.trigger);
    expect(committed).toContain(patientMessage(id, info.baseTier));
    if (info.raisedTier) expect(committed).toContain(patientMessage(id, info.raisedTier));
  });
});
