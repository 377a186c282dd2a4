import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NotReportingList } from './not-reporting-list';

const patient = (n: number) => ({ id: `p${n}`, name: `Patient ${n}`, last_entry_night: n % 2 ? '2026-11-20' : null });
const render = (shown: number, total: number) =>
  renderToStaticMarkup(
    createElement(NotReportingList, { list: { patients: Array.from({ length: shown }, (_, i) => patient(i)), total } }),
  );

describe('NotReportingList', () => {
  it('renders nothing when every patient reports', () => {
    expect(render(0, 0)).toBe('');
  });

  it('names everyone when all fit, with no link to more', () => {
    const html = render(3, 3);
    expect(html).toContain('3 patients');
    expect(html.match(/data-testid="not-reporting-patient"/g)).toHaveLength(3);
    expect(html).not.toContain('not-reporting-more');
  });

  it('counts them all, names the first, and links to the rest on the patient table', () => {
    const html = render(20, 137);
    expect(html).toContain('137 patients');
    expect(html.match(/data-testid="not-reporting-patient"/g)).toHaveLength(20);
    expect(html).toContain('see 117 more');
    expect(html).toContain('href="/clinician/patients?sort=last_entry&amp;dir=asc"');
  });
});
