import { describe, expect, it } from 'vitest';
import { auditPageQuerySchema } from './audit';
import { isoDate } from './dates';
import { parsePanelSearchParams } from './panel-params';
import { parseQueryLenient } from './query-params';
import { findUnstorableText, isStorableText, storableText } from './text';

describe('storable text', () => {
  it.each([
    ['plain text', 'Woke twice', true],
    ['a surrogate pair (emoji)', 'cramp 😖', true],
    ['a NUL character', 'a\u0000b', false],
    ['a lone high surrogate', 'a\uD800b', false],
    ['a lone low surrogate at the start', '\uDC00b', false],
    ['a high surrogate at the end', 'ab\uDBFF', false],
  ])('%s', (_, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
    expect(storableText().safeParse(text).success).toBe(storable);
  });

  it('names the first field holding unstorable text, keys included', () => {
    expect(findUnstorableText({ notes: 'ok', list: ['x', 'y\u0000'] })).toBe('list.1');
    expect(findUnstorableText({ nested: { ['k\uD800']: 1 } })).toBe('nested.k\uD800');
    expect(findUnstorableText({ notes: 'fine', n: 3, b: null })).toBeNull();
  });

  it('lets pages drop a search holding a NUL instead of failing', () => {
    expect(parsePanelSearchParams({ q: 'a\u0000b' }).query).toBe('');
    expect(parseQueryLenient(auditPageQuerySchema, { patient: 'a\u0000b', action: 'auth.*' })).toEqual({
      action: 'auth.*',
    });
  });
});

describe('dates', () => {
  it.each(['0000-01-01', '9999-12-31'])('refuses %s (outside the years 0001–9998)', (date) => {
    expect(isoDate.safeParse(date).success).toBe(false);
  });
  it.each(['0001-01-01', '9998-12-31'])('accepts %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });
});
