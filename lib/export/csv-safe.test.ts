import { describe, expect, it } from 'vitest';
import { escapeFormula, toCsv, toCsvCell } from './csv-safe';

describe('escapeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('prefixes %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  it.each(['', 'plain text', 'a=b', ' =1', "'quoted"])('leaves %j alone', (input) => {
    expect(escapeFormula(input)).toBe(input);
  });
});

describe('toCsvCell', () => {
  it('formats each kind of value', () => {
    expect(toCsvCell(null)).toBe('');
    expect(toCsvCell(undefined)).toBe('');
    expect(toCsvCell(-4)).toBe('-4');
    expect(toCsvCell(Number.NaN)).toBe('');
    expect(toCsvCell(true)).toBe('true');
    expect(toCsvCell(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-01T10:00:00.000Z');
    expect(toCsvCell(['stretching', 'heat'])).toBe('stretching; heat');
    expect(toCsvCell(['-x', 'y'])).toBe("'-x; y");
    expect(toCsvCell('-4')).toBe("'-4");
  });
});

describe('toCsv', () => {
  it('writes RFC 4180: CRLF records, quotes around commas, quotes and line breaks', () => {
    const text = toCsv([['a,b', 'say "hi"', 'two\nlines', 3]], { header: ['x', 'y', 'z', 'n'] });
    expect(text).toBe('x,y,z,n\r\n"a,b","say ""hi""","two\nlines",3\r\n');
  });

  it('neutralises formulas and keeps accented text as UTF-8', () => {
    const text = toCsv([['=1+1', 'Zoë Ångström', '@evil', 7]]);
    expect(text).toBe("'=1+1,Zoë Ångström,'@evil,7\r\n");
  });

  it('writes no header unless asked, and nothing for no rows', () => {
    expect(toCsv([['a']])).toBe('a\r\n');
    expect(toCsv([])).toBe('');
  });
});
