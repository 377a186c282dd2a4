import { describe, expect, it } from 'vitest';
import { describeDetail, formatDuration, formatShare } from './table-format';

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [20, 'under a minute'],
    [90, '2 min'],
    [42 * 60, '42 min'],
    [3600, '1 h'],
    [5.5 * 3600, '5 h 30 min'],
    [47 * 3600, '47 h'],
    [3.5 * 86_400, '3.5 days'],
  ])('%s seconds reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatShare', () => {
  it('gives a count and a rounded percentage', () => {
    expect(formatShare(3, 4)).toBe('3 of 4 (75%)');
    expect(formatShare(1, 3)).toBe('1 of 3 (33%)');
    expect(formatShare(0, 0)).toBe('—');
  });
});

describe('describeDetail', () => {
  it('reads as short key: value pairs', () => {
    expect(describeDetail(null)).toBe('');
    expect(describeDetail({ reason: 'bad_credentials', clinician_email: 'a@b.c', skip: null })).toBe(
      'reason: bad_credentials · clinician email: a@b.c',
    );
    expect(describeDetail({ filter: { action: 'auth.*' } })).toBe('filter: {"action":"auth.*"}');
  });
});
