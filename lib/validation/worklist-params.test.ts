import { describe, expect, it } from 'vitest';
import { parseWorklistParams, worklistSearch } from './worklist-params';

describe('parseWorklistParams', () => {
  it('defaults to everything live, page 1', () => {
    expect(parseWorklistParams({})).toEqual({ tier: null, status: null, rule: null, page: 1 });
  });

  it('reads valid filters', () => {
    expect(parseWorklistParams({ tier: 'urgent', status: 'open', rule: 'urgent-possible-dvt', page: '2' })).toEqual({
      tier: 'urgent',
      status: 'open',
      rule: 'urgent-possible-dvt',
      page: 2,
    });
  });

  it('drops each malformed filter on its own', () => {
    expect(parseWorklistParams({ tier: 'severe', status: 'resolved', rule: 'no-such-rule', page: 'x' })).toEqual({
      tier: null,
      status: null,
      rule: null,
      page: 1,
    });
  });
});

describe('worklistSearch', () => {
  it('writes only what is set', () => {
    expect(worklistSearch({ tier: null, status: 'acknowledged', rule: null, page: 1 })).toBe('?status=acknowledged');
    expect(worklistSearch({})).toBe('');
  });
});
