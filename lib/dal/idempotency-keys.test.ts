import { describe, expect, it } from 'vitest';
import { hashRequest, isValidIdempotencyKey } from './idempotency-keys';

describe('hashRequest', () => {
  it('ignores the order of keys but not their values', () => {
    const a = hashRequest('PUT', '/api/v1/diary-entries/2026-11-20', { worst_pain: 3, side: 'left', relief: ['heat'] });
    const b = hashRequest('put', '/api/v1/diary-entries/2026-11-20', { relief: ['heat'], side: 'left', worst_pain: 3 });
    expect(a).toBe(b);
    expect(hashRequest('PUT', '/api/v1/diary-entries/2026-11-20', { worst_pain: 4, side: 'left' })).not.toBe(a);
  });

  it('tells apart the same body sent to another night, and list order', () => {
    const body = { worst_pain: 3, side: 'left', relief: ['heat', 'cold'] };
    const first = hashRequest('PUT', '/api/v1/diary-entries/2026-11-20', body);
    expect(hashRequest('PUT', '/api/v1/diary-entries/2026-11-21', body)).not.toBe(first);
    expect(hashRequest('PUT', '/api/v1/diary-entries/2026-11-20', { ...body, relief: ['cold', 'heat'] })).not.toBe(
      first,
    );
  });
});

describe('isValidIdempotencyKey', () => {
  it.each(['a', 'retry-2026-11-26T07:30:00Z', 'x'.repeat(200), '6f1c9b0e-4d7a-4d1e-9a54-0f3d2f9b1c77'])(
    'accepts %s',
    (key) => expect(isValidIdempotencyKey(key)).toBe(true),
  );
  it.each(['', 'x'.repeat(201), 'has space', 'naïve', 'tab\there'])('refuses %j', (key) =>
    expect(isValidIdempotencyKey(key)).toBe(false),
  );
});
