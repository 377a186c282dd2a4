import { describe, expect, it } from 'vitest';
import { median } from './stats';

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[4, 2, 3], 3],
    [[5, 1, 4, 2], 3],
    [[1, 2, 3, 4], 2.5],
    [[0, 0, 10], 0],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
