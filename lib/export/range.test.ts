import { describe, expect, it } from 'vitest';
import { describeRange, parseExportRange } from './range';

const params = (query: string) => new URLSearchParams(query);

describe('parseExportRange', () => {
  it('accepts both sides, one side or none', () => {
    expect(parseExportRange(params('from=2026-01-01&to=2026-03-31'))).toEqual({
      ok: true,
      range: { from: '2026-01-01', to: '2026-03-31' },
    });
    expect(parseExportRange(params('from=2026-01-01'))).toEqual({ ok: true, range: { from: '2026-01-01' } });
    expect(parseExportRange(params('to=2026-01-01'))).toEqual({ ok: true, range: { to: '2026-01-01' } });
    expect(parseExportRange(params(''))).toEqual({ ok: true, range: {} });
  });

  it('treats empty values as absent', () => {
    expect(parseExportRange(params('from=&to='))).toEqual({ ok: true, range: {} });
  });

  it('accepts a single night', () => {
    expect(parseExportRange(params('from=2026-02-28&to=2026-02-28'))).toMatchObject({ ok: true });
  });

  it.each(['2026-1-01', '01/02/2026', '2026-02-30', '2026-13-01', 'yesterday', '2026-01-01T00:00:00Z'])(
    'refuses the malformed date %j with a message naming the parameter',
    (value) => {
      const result = parseExportRange(params(`from=${encodeURIComponent(value)}`));
      expect(result).toEqual({ ok: false, error: 'The "from" date must be a real date written YYYY-MM-DD.' });
      expect(parseExportRange(params(`to=${encodeURIComponent(value)}`))).toMatchObject({
        ok: false,
        error: expect.stringContaining('"to"'),
      });
    },
  );

  it('refuses from after to', () => {
    expect(parseExportRange(params('from=2026-03-02&to=2026-03-01'))).toEqual({
      ok: false,
      error: 'The "from" date (2026-03-02) is after the "to" date (2026-03-01).',
    });
  });

  describe('with a default length (the PDF report)', () => {
    const defaults = { defaultNights: 90, today: '2026-03-31' };

    it('defaults to the 90 nights ending today', () => {
      expect(parseExportRange(params(''), defaults)).toEqual({
        ok: true,
        range: { from: '2026-01-01', to: '2026-03-31' },
      });
    });

    it('counts 90 nights back from a given end', () => {
      expect(parseExportRange(params('to=2025-12-31'), defaults)).toEqual({
        ok: true,
        range: { from: '2025-10-03', to: '2025-12-31' },
      });
    });

    it('runs a given start up to today', () => {
      expect(parseExportRange(params('from=2025-01-01'), defaults)).toEqual({
        ok: true,
        range: { from: '2025-01-01', to: '2026-03-31' },
      });
    });

    it('refuses a start after today when no end is given', () => {
      expect(parseExportRange(params('from=2026-04-02'), defaults)).toMatchObject({ ok: false });
    });
  });
});

describe('describeRange', () => {
  it('says what the range covers', () => {
    expect(describeRange({ from: '2026-01-01', to: '2026-01-31' })).toBe('2026-01-01 to 2026-01-31');
    expect(describeRange({ from: '2026-01-01' })).toBe('from 2026-01-01');
    expect(describeRange({ to: '2026-01-31' })).toBe('up to 2026-01-31');
    expect(describeRange({})).toBe('all nights');
  });
});
