import { describe, expect, it } from 'vitest';
import { nightsEnding } from './dates';
import { createRng, deriveSeed } from './random';

const draw = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
    for (const x of draw(7, 1000)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('int covers both ends of its range and nothing outside', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('chance, pick, weighted and normalInt stay within their contracts', () => {
    const rng = createRng(2);
    for (let i = 0; i < 500; i++) {
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
      expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
      expect(
        rng.weighted([
          ['never', 0],
          ['always', 1],
        ] as const),
      ).toBe('always');
      const n = rng.normalInt(5, 3, 2, 8);
      expect(Number.isInteger(n) && n >= 2 && n <= 8).toBe(true);
    }
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('shuffle and some return permutations/subsets without touching the input', () => {
    const rng = createRng(3);
    const input = [1, 2, 3, 4, 5, 6] as const;
    const shuffled = rng.shuffle(input);
    expect([...shuffled].sort()).toEqual([...input]);
    const subset = rng.some(input, 3);
    expect(subset).toHaveLength(3);
    expect(subset).toEqual([...subset].sort()); // keeps original order
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('deriveSeed', () => {
  it('gives distinct, stable seeds per index', () => {
    const seeds = Array.from({ length: 10_000 }, (_, i) => deriveSeed(99, i));
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(deriveSeed(99, 5)).toBe(seeds[5]);
  });
});

describe('dates', () => {
  it('lists consecutive nights ending at the given night', () => {
    expect(nightsEnding('2025-01-02', 3)).toEqual(['2024-12-31', '2025-01-01', '2025-01-02']);
  });

  it('refuses malformed and impossible dates', () => {
    expect(() => nightsEnding('2025-02-30', 3)).toThrow(RangeError);
    expect(() => nightsEnding('yesterday', 3)).toThrow(RangeError);
  });
});
