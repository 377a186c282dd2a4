import { describe, expect, it } from 'vitest';
import { csvSafe, escapeFormula, toCsv } from './csv-safe';

describe('csvSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['＝1+1', `'＝1+1`],
    ['＠SUM(A1)', `'＠SUM(A1)`],
  ])('prefixes %j so it is not run as a formula', (input, expected) => {
    expect(csvSafe(input)).toBe(expected);
  });

  it('leaves ordinary text alone, including formula characters later in the text', () => {
    expect(csvSafe('Cramp after a long walk = bad night')).toBe('Cramp after a long walk = bad night');
    expect(csvSafe(' =not at the start')).toBe(' =not at the start');
    expect(csvSafe('Müller, “quoted”, 日本')).toBe('Müller, “quoted”, 日本');
  });

  it('writes empty values as empty cells', () => {
    expect(csvSafe(null)).toBe('');
    expect(csvSafe(undefined)).toBe('');
    expect(csvSafe('')).toBe('');
  });

  it('writes numbers, booleans and dates plainly', () => {
    expect(csvSafe(Number.NaN)).toBe('');
    expect(csvSafe('-4')).toBe("'-4");
    expect(csvSafe(0)).toBe('0');
    expect(csvSafe(7)).toBe('7');
    expect(csvSafe(-3)).toBe('-3');
    expect(csvSafe(true)).toBe('true');
    expect(csvSafe(false)).toBe('false');
    expect(csvSafe(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('joins arrays with semicolons and neutralizes the joined text', () => {
    expect(csvSafe(['sudden_cramp', 'restless_urge'])).toBe('sudden_cramp;restless_urge');
    expect(csvSafe([])).toBe('');
    expect(csvSafe(['=1+1', 'x'])).toBe(`'=1+1;x`);
  });

  it('writes other objects as JSON', () => {
    expect(csvSafe({ a: 1 })).toBe('{"a":1}');
  });
});

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
