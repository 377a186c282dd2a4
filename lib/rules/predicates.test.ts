import { describe, expect, it } from 'vitest';
import { isPainNight } from './predicates';

describe('isPainNight', () => {
  it('follows docs/rules.md: any pain, any episode, or woken by pain', () => {
    expect(isPainNight({ worst_pain: 0, episodes: 0, woke_from_pain: false })).toBe(false);
    expect(isPainNight({ worst_pain: 1, episodes: 0, woke_from_pain: false })).toBe(true);
    expect(isPainNight({ worst_pain: 0, episodes: 1, woke_from_pain: false })).toBe(true);
    expect(isPainNight({ worst_pain: 0, episodes: 0, woke_from_pain: true })).toBe(true);
  });
});
