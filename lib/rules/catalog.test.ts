import { describe, expect, it } from 'vitest';
import { RULES_VERSION, RULE_CATALOG, RULE_IDS, isRuleId } from './catalog';
import { isHigherTier } from './tiers';

describe('rule catalog', () => {
  it('has a dated version', () => {
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('lists the 21 rules of the catalog, each once', () => {
    expect(RULE_IDS).toHaveLength(21);
    expect(new Set(RULE_IDS).size).toBe(21);
    expect(Object.keys(RULE_CATALOG).sort()).toEqual([...RULE_IDS].sort());
  });

  it('is ordered by base tier, highest first, as docs/rules.md lists them', () => {
    const tiers = RULE_IDS.map((id) => RULE_CATALOG[id].baseTier);
    for (let i = 1; i < tiers.length; i++) {
      expect(isHigherTier(tiers[i]!, tiers[i - 1]!)).toBe(false);
    }
  });

  it.each(RULE_IDS)('%s: id prefix matches its base tier and texts are present', (id) => {
    const info = RULE_CATALOG[id];
    expect(id.startsWith(`${info.baseTier}-`)).toBe(true);
    expect(info.title.length).toBeGreaterThan(0);
    expect(info.clinicianReason.length).toBeGreaterThan(0);
    expect(info.patientHint).toMatch(/^[A-Z].*\.$/);
    expect(info.trigger).toMatch(/^[A-Z].*\.$/);
    expect(Boolean(info.raisedBy), 'raisedBy is given exactly when raisedTier is').toBe(Boolean(info.raisedTier));
    if (info.raisedTier) expect(isHigherTier(info.raisedTier, info.baseTier)).toBe(true);
  });

  it('raises exactly the tiers docs/rules.md shows', () => {
    const raised = RULE_IDS.filter((id) => RULE_CATALOG[id].raisedTier).map((id) => [id, RULE_CATALOG[id].raisedTier]);
    expect(raised).toEqual([
      ['soon-claudication', 'urgent'],
      ['soon-skin-changes', 'urgent'],
      ['routine-restless-legs', 'soon'],
    ]);
  });

  it('recognises rule ids only', () => {
    expect(isRuleId('urgent-possible-dvt')).toBe(true);
    expect(isRuleId('urgent-possible-DVT')).toBe(false);
  });
});
