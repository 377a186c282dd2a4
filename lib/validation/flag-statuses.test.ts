import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { parseFlagStatuses } from './flag-statuses';

const statuses = (query: string) => parseFlagStatuses(new URLSearchParams(query));

describe('parseFlagStatuses', () => {
  it('reads one status or a comma list; absent means all', () => {
    expect(statuses('status=open')).toEqual(['open']);
    expect(statuses('status=open,%20acknowledged,open')).toEqual(['open', 'acknowledged']);
    expect(statuses('')).toBeUndefined();
    expect(statuses('status=%20')).toBeUndefined();
  });

  it('refuses unknown statuses with 422', () => {
    expect(() => statuses('status=closed')).toThrow(ValidationError);
    expect(() => statuses('status=open,')).toThrow(ValidationError);
  });
});
