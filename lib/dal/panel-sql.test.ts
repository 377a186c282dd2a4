import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { PANEL_SORT_KEYS } from '../validation/panel-params';
import { panelSql, type PanelSqlOptions } from './panel-sql';

const ID = '0b5c7f3e-8a4f-4d53-9c1e-3f2a6b7c8d9e';
const base: PanelSqlOptions = {
  clinicianUserId: ID,
  query: '',
  sort: 'name',
  desc: false,
  flag: null,
  trend: null,
  limit: 26,
  offset: 0,
  cursor: null,
};
const render = (options: Partial<PanelSqlOptions>) => new PgDialect().sqlToQuery(panelSql({ ...base, ...options }));

describe('panelSql', () => {
  it('binds every user-supplied value as a parameter', () => {
    const { sql, params } = render({ query: "50%_o'brien", cursor: ["x'); drop", 'n', ID] });
    expect(sql).not.toContain("o'brien");
    expect(sql).not.toContain('drop');
    expect(params).toContain("%50\\%\\_o'brien%");
    expect(params).toContain("x'); drop");
  });

  it.each(PANEL_SORT_KEYS)('orders by an allow-listed expression for %s, ties broken by name then id', (sort) => {
    const { sql } = render({ sort, desc: true });
    expect(sql).toMatch(/order by sort_value desc, sort_name asc, id asc/);
  });

  it('continues after the cursor in the sort direction', () => {
    expect(render({ sort: 'trend', desc: true, cursor: [1.5, 'ann', ID] }).sql).toContain('sort_value < $');
    expect(render({ sort: 'trend', desc: false, cursor: [1.5, 'ann', ID] }).sql).toContain('sort_value > $');
  });
});
