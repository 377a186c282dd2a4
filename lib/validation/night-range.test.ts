import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { parseNightRange } from './night-range';

describe('parseNightRange', () => {
  it('reads optional from and to', () => {
    expect(parseNightRange(new URLSearchParams('from=2026-01-01&to=2026-01-31'))).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(parseNightRange(new URLSearchParams())).toEqual({});
  });

  it.each([['from=2026-02-30'], ['to=yesterday'], ['from=2026-02-01&to=2026-01-01']])(
    'refuses %s with 422',
    (search) => {
      expect(() => parseNightRange(new URLSearchParams(search))).toThrow(ValidationError);
    },
  );
});
