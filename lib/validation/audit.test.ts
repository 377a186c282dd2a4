import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { auditApiQuerySchema, auditFilterFromPage, auditPageQuerySchema } from './audit';
import { parseQueryLenient, parseQueryStrict } from './query-params';

const ID = '0b6c1d3e-8a5f-4c4e-9a57-3f1e2d4c5b6a';

describe('audit API query', () => {
  it('accepts ids, an action, a range and a cursor', () => {
    const params = new URLSearchParams({
      patientId: ID,
      actorId: ID,
      action: 'auth.*',
      from: '2026-01-01',
      to: '2026-01-31',
      cursor: '42',
    });
    expect(parseQueryStrict(auditApiQuerySchema, params)).toEqual({
      patientId: ID,
      actorId: ID,
      action: 'auth.*',
      from: '2026-01-01',
      to: '2026-01-31',
      cursor: 42,
    });
  });

  it('names every bad parameter', () => {
    const params = new URLSearchParams({ patientId: 'nope', from: '2026-02-30', cursor: 'x' });
    try {
      parseQueryStrict(auditApiQuerySchema, params);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields).sort()).toEqual(['cursor', 'from', 'patientId']);
    }
  });

  it('refuses a range that ends before it starts', () => {
    expect(() =>
      parseQueryStrict(auditApiQuerySchema, new URLSearchParams({ from: '2026-02-01', to: '2026-01-01' })),
    ).toThrow(ValidationError);
  });
});

describe('audit page query', () => {
  it('drops malformed parameters and keeps the good ones', () => {
    const query = parseQueryLenient(auditPageQuerySchema, {
      from: 'yesterday',
      to: '2026-01-31',
      cursor: '-1',
      actor: 'x@y.z',
    });
    expect(query).toEqual({ to: '2026-01-31', actor: 'x@y.z' });
  });

  it('reads an id as an id and anything else as an email, lower-cased', () => {
    expect(auditFilterFromPage({ patient: ID.toUpperCase(), actor: 'Admin@Example.org' })).toMatchObject({
      patientId: ID,
      actorEmail: 'admin@example.org',
    });
  });

  it('swaps a range typed backwards', () => {
    expect(auditFilterFromPage({ from: '2026-03-01', to: '2026-02-01' })).toMatchObject({
      from: '2026-02-01',
      to: '2026-03-01',
    });
  });
});
