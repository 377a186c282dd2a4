import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_STATE, panelStateToSearch, parsePanelSearchParams } from './panel-params';

describe('parsePanelSearchParams', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parsePanelSearchParams({})).toEqual(DEFAULT_PANEL_STATE);
  });

  it('reads every valid parameter', () => {
    expect(
      parsePanelSearchParams({
        q: '  ann ',
        sort: 'mean_worst_pain_7d',
        dir: 'asc',
        flag: 'urgent',
        trend: 'rising',
        page: '3',
        size: '50',
      }),
    ).toEqual({
      query: 'ann',
      sort: 'mean_worst_pain_7d',
      desc: false,
      flag: 'urgent',
      trend: 'rising',
      page: 3,
      size: 50,
    });
  });

  it.each([
    ['an unknown sort key', { sort: 'password_hash' }, { sort: 'highest_flag', desc: true }],
    ['SQL in the sort key', { sort: 'name; drop table users' }, { sort: 'highest_flag' }],
    ['a direction without a valid sort', { sort: 'nope', dir: 'asc' }, { desc: true }],
    ['a bad direction', { sort: 'name', dir: 'sideways' }, { sort: 'name', desc: true }],
    ['an unknown flag', { flag: 'critical' }, { flag: null }],
    ['an unknown trend', { trend: 'up' }, { trend: null }],
    ['page 0', { page: '0' }, { page: 1 }],
    ['a negative page', { page: '-2' }, { page: 1 }],
    ['a page that is not a number', { page: '2abc' }, { page: 1 }],
    ['a huge page', { page: '99999999999' }, { page: 1 }],
    ['a page size not offered', { size: '1000' }, { size: 25 }],
  ])('falls back on %s', (_label, params, expected) => {
    expect(parsePanelSearchParams(params)).toMatchObject(expected);
  });

  it('takes the first of repeated parameters and trims long searches', () => {
    const state = parsePanelSearchParams({ q: ['x'.repeat(300), 'y'], sort: ['name', 'trend'] });
    expect(state.query).toHaveLength(100);
    expect(state.sort).toBe('name');
  });
});

describe('panelStateToSearch', () => {
  it('is empty for the defaults', () => {
    expect(panelStateToSearch(DEFAULT_PANEL_STATE)).toBe('');
  });

  it('round-trips through the parser', () => {
    const state = {
      query: 'Ann Lee',
      sort: 'trend',
      desc: false,
      flag: 'any',
      trend: 'falling',
      page: 2,
      size: 10,
    } as const;
    const search = panelStateToSearch(state);
    expect(search).toBe('?q=Ann+Lee&sort=trend&dir=asc&flag=any&trend=falling&page=2&size=10');
    expect(parsePanelSearchParams(Object.fromEntries(new URLSearchParams(search)))).toEqual(state);
  });
});
