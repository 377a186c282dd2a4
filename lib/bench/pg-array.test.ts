import { describe, expect, it } from 'vitest';
import { pgArrayLiteral } from './pg-array';

describe('pgArrayLiteral', () => {
  it('quotes every element and writes null as NULL', () => {
    expect(pgArrayLiteral(['a', 1, true, false, null])).toBe('{"a","1","t","f",NULL}');
    expect(pgArrayLiteral([])).toBe('{}');
  });

  it('escapes quotes and backslashes, and keeps the text "NULL" as text', () => {
    expect(pgArrayLiteral(['say "hi"', 'back\\slash', 'NULL', '{a,b}'])).toBe(
      '{"say \\"hi\\"","back\\\\slash","NULL","{a,b}"}',
    );
  });
});
