import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { decodeCursor, encodeCursor, parsePanelApiQuery } from './panel-api-query';

const ID = '0b5c7f3e-8a4f-4d53-9c1e-3f2a6b7c8d9e';

function fieldsOf(search: string): Record<string, string> {
  try {
    parsePanelApiQuery(new URLSearchParams(search));
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  return {};
}

describe('parsePanelApiQuery', () => {
  it('defaults to name order, 50 a page, no filters', () => {
    expect(parsePanelApiQuery(new URLSearchParams())).toEqual({
      query: '',
      sort: 'name',
      desc: false,
      flag: null,
      trend: null,
      cursor: null,
      limit: 50,
    });
  });

  it('reads a leading minus as descending', () => {
    expect(parsePanelApiQuery(new URLSearchParams('sort=-pain_nights_30d&limit=10'))).toMatchObject({
      sort: 'pain_nights_30d',
      desc: true,
      limit: 10,
    });
  });

  it.each([
    ['sort=email', 'sort'],
    ['sort=--name', 'sort'],
    ['flag=red', 'flag'],
    ['trend=sideways', 'trend'],
    ['cursor=not-a-cursor', 'cursor'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    [`query=${'a'.repeat(101)}`, 'query'],
  ])('refuses %s with a message for %s', (search, field) => {
    expect(Object.keys(fieldsOf(search))).toEqual([field]);
  });
});

describe('cursors', () => {
  it('round-trip numbers and text', () => {
    expect(decodeCursor(encodeCursor([3.5, 'ann lee', ID]))).toEqual([3.5, 'ann lee', ID]);
    expect(decodeCursor(encodeCursor(['2026-01-31', 'b', ID]))).toEqual(['2026-01-31', 'b', ID]);
  });

  it.each([
    ['garbage', 'x'],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
    ['a bad id', Buffer.from('[1,"a","not-a-uuid"]').toString('base64url')],
    ['a non-finite value', Buffer.from('[null,"a","' + ID + '"]').toString('base64url')],
  ])('reject %s', (_label, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
