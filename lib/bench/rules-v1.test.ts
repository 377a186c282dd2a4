import { describe, expect, it } from 'vitest';
import { RULES_VERSION, evaluateNight } from '../rules';
import { entriesAgo, makeEntry, makeProfile } from '../rules/test-helpers';
import { RULES_V1_VERSION, RULE_CHECKS_V1 } from './rules-v1';

const RULE = 'soon-severe-or-worsening-pain';
const fires = (checks: Parameters<typeof evaluateNight>[1], worst: number, history: ReturnType<typeof entriesAgo>) =>
  evaluateNight({ profile: makeProfile(), entry: makeEntry({ worst_pain: worst }), entries: history }, checks).some(
    (f) => f.ruleId === RULE,
  );

describe('the version-1 measurement fixture', () => {
  it('is an earlier version than the live catalog', () => {
    expect(RULES_V1_VERSION < RULES_VERSION).toBe(true);
  });

  it('fires on a moderate night after a quiet week, where the live engine (version 2) does not', () => {
    const quietWeek = entriesAgo([7, 8, 9, 10, 11, 12, 13], { worst_pain: 0 });
    expect(fires(RULE_CHECKS_V1, 3, quietWeek)).toBe(true);
    expect(fires(undefined, 3, quietWeek)).toBe(false);
  });

  it('agrees with version 2 when every earlier entry is a pain night', () => {
    const painWeek = entriesAgo([7, 8, 9], { worst_pain: 2 });
    expect(fires(RULE_CHECKS_V1, 5, painWeek)).toBe(true);
    expect(fires(undefined, 5, painWeek)).toBe(true);
    expect(fires(RULE_CHECKS_V1, 4, painWeek)).toBe(false);
    expect(fires(undefined, 4, painWeek)).toBe(false);
  });
});
