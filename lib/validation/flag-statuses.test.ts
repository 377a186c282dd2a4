import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { parseFlagStatuses } from './flag-statuses';

describe('parseFlagStatuses', () => {
  it('reads one status or a comma list; absent means all', () => {
    expect(parseFlagStatuses('open')).toEqual(['open']);
    expect(parseFlagStatuses('open, acknowledged,open')).toEqual(['open', 'acknowledged']);
    expect(parseFlagStatuses(null)).toBeUndefined();
  });

  it('refuses unknown statuses with 422', () => {
    expect(() => parseFlagStatuses('closed')).toThrow(ValidationError);
  });
});
