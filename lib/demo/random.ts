/**
 * A small seeded PRNG for demo data. Seeding must be reproducible across runs
 * and machines (docs/contract.md, "Demo data"), so nothing here touches Math.random or the clock.
 */

/** A deterministic random source; every helper draws from the same stream. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p` (clamped to 0–1). */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Roughly normal (sum of three uniforms), rounded to an integer within [min, max]. */
  normalInt(mean: number, spread: number, min: number, max: number): number;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `count` distinct elements, in their original order. */
  some<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: tiny, fast, and good enough for plausible-looking test data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a base seed with an index into an independent 32-bit seed, so patient k
 * can be generated without generating patients 0…k−1 first (streaming).
 */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Creates a seeded random source. Same seed → same sequence. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
    return items[Math.floor(next() * items.length)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    next,
    int,
    pick,
    shuffle,
    chance: (p) => next() < p,
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return pick(items)[0];
    },
    normalInt: (mean, spread, min, max) => {
      // Sum of three uniforms: cheap, bell-shaped, bounded — no tails to clamp away.
      const z = (next() + next() + next() - 1.5) / 0.5;
      return Math.min(max, Math.max(min, Math.round(mean + z * spread)));
    },
    some: (items, count) => {
      const chosen = new Set(shuffle(items).slice(0, Math.max(0, count)));
      return items.filter((item) => chosen.has(item));
    },
  };
}
