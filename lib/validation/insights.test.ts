import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { parseInsightsQuery } from './insights';

const parse = (query: string) => parseInsightsQuery(new URLSearchParams(query));

function fieldsOf(query: string): Record<string, string> | undefined {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  return undefined;
}

describe('parseInsightsQuery', () => {
  it('accepts no window, either end, or both in order', () => {
    expect(parse('')).toEqual({});
    expect(parse('from=2026-01-01')).toEqual({ from: '2026-01-01' });
    expect(parse('from=2026-01-01&to=2026-01-01&other=x')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('refuses malformed and impossible dates, years outside 0001–9998, and from after to (422 per field)', () => {
    expect(fieldsOf('from=yesterday')).toHaveProperty('from');
    expect(fieldsOf('to=2026-02-30')).toHaveProperty('to');
    expect(fieldsOf('from=0000-12-31')).toHaveProperty('from');
    expect(fieldsOf('to=9999-01-01')).toHaveProperty('to');
    expect(fieldsOf('from=2026-03-02&to=2026-03-01')).toHaveProperty('from');
  });
});
