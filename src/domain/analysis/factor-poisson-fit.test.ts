// The closed-form fit of the seasonal-factor model (no trend) against IRLS on the same design: random
// series, levels and weights, as the Farrington test builds them. Both are the maximum-likelihood fit,
// so coefficients, covariance, fitted means, hat values, dispersion and deviance agree to IRLS's
// tolerance.
import { describe, expect, it } from 'vitest';
import { expectGlmFitsClose } from '@/testing/expect-glm-fits-close';
import { fitFactorPoisson } from './factor-poisson-fit';
import { fitPoissonGlm } from './poisson-glm';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson draw by inversion (means here are small to moderate). */
function poisson(mean: number, next: () => number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  const u = next();
  while (u > cdf && k < 10_000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

describe('fitFactorPoisson', () => {
  it('matches IRLS on 200 random seasonal designs, with and without weights', () => {
    const next = random(20261202);
    let compared = 0;
    for (let trial = 0; trial < 200; trial++) {
      const columns = 1 + Math.floor(next() * 10);
      const perLevel = 2 + Math.floor(next() * 6);
      const n = columns * perLevel;
      const levelColumn = Int32Array.from({ length: n }, (_, i) => i % columns);
      const levelMean = Array.from({ length: columns }, () => 0.5 + next() * 80);
      const response = Float64Array.from(levelColumn, (c) => poisson(levelMean[c] ?? 1, next));
      // Every level needs a positive count (the Farrington test leaves all-zero levels out).
      for (let c = 0; c < columns; c++) response[c] = (response[c] ?? 0) + 1;
      const weights = trial % 2 === 0 ? undefined : Float64Array.from(response, () => 0.2 + next() * 2);
      const design = new Float64Array(n * columns);
      levelColumn.forEach((c, i) => {
        design[i * columns] = 1;
        if (c > 0) design[i * columns + c] = 1;
      });
      const reference = fitPoissonGlm({ design, rows: n, columns, response, weights });
      const fast = fitFactorPoisson({ response, weights, levelColumn, columns });
      if (reference === null) {
        expect(fast).toBeNull();
        continue;
      }
      expect(reference.converged).toBe(true);
      if (fast === null) throw new Error('closed form failed where IRLS fitted');
      expectGlmFitsClose(fast, reference, 1e-6);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('gives each level its weighted mean (a hand-checked case)', () => {
    // Windows (column 0): 4, 6, 8 with weights 1, 1, 2 → (4 + 6 + 16) / 4 = 6.5; level 1: 2, 3 → 2.5.
    const fit = fitFactorPoisson({
      response: Float64Array.from([4, 6, 8, 2, 3]),
      weights: Float64Array.from([1, 1, 2, 1, 1]),
      levelColumn: Int32Array.from([0, 0, 0, 1, 1]),
      columns: 2,
    });
    expect(Math.exp(fit?.coefficients[0] ?? 0)).toBeCloseTo(6.5, 12);
    expect(Math.exp((fit?.coefficients[0] ?? 0) + (fit?.coefficients[1] ?? 0))).toBeCloseTo(2.5, 12);
    // Var(β0) unscaled = 1 / (μ Σω) = 1 / 26; the hat value of the weight-2 window month is 2 / 4.
    expect(fit?.unscaledCovariance[0]).toBeCloseTo(1 / 26, 12);
    expect(fit?.hat[2]).toBeCloseTo(0.5, 12);
  });

  it('returns null with no more rows than columns, as IRLS does', () => {
    const input = { response: Float64Array.from([3, 4]), levelColumn: Int32Array.from([0, 1]), columns: 2 };
    expect(fitFactorPoisson(input)).toBeNull();
  });
});
