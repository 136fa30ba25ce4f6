// Seeded pseudo-random numbers for the demo generator: mulberry32 plus the few draws the builders need.
// Only integer and basic float arithmetic is used, so the output is identical on every platform.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A bell-shaped weight in [1 - spread, 1 + spread] (mean of three uniforms), never negative. */
  weight(spread: number): number;
  /** Index drawn with probability proportional to `weights` (all ≥ 0, at least one > 0). */
  pickIndex(weights: readonly number[]): number;
}

/** FNV-1a hash of a label, used to derive independent streams from one seed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A mulberry32 generator for `seed`, on the stream named `label` (so builders do not disturb each other). */
export function makeRng(seed: number, label: string): Rng {
  let state = (seed ^ hashLabel(label)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    weight: (spread) => 1 + spread * ((next() + next() + next()) / 1.5 - 1),
    pickIndex: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      if (!(total > 0)) throw new Error('pickIndex: no positive weight');
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        const w = weights[i] ?? 0;
        if (r < w) return i;
        r -= w;
      }
      // Floating-point leftovers: the last index with a positive weight.
      for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] ?? 0) > 0) return i;
      return 0;
    },
  };
}
