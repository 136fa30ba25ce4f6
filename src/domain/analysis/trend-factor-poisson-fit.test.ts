// The profile-likelihood fit of the Farrington model with a trend against IRLS on the same design: random
// seasonal series with a trend, levels, times and weights as the Farrington test builds them. Both are the
// maximum-likelihood fit, so coefficients, covariance, fitted means, hat values, dispersion and deviance
// agree to IRLS's tolerance.
import { describe, expect, it } from 'vitest';
import { expectGlmFitsClose } from '@/testing/expect-glm-fits-close';
import { fitPoissonGlm } from './poisson-glm';
import { createRng, samplePoisson } from './synthetic-counts';
import { fitTrendFactorPoisson } from './trend-factor-poisson-fit';

/** The dense design IRLS takes: intercept, trend, one dummy per level c ≥ 1 (column 1 + c). */
function designOf(levelColumn: Int32Array, time: Float64Array, levels: number): Float64Array {
  const k = levels + 1;
  const design = new Float64Array(levelColumn.length * k);
  levelColumn.forEach((c, i) => {
    design[i * k] = 1;
    design[i * k + 1] = time[i] ?? 0;
    if (c > 0) design[i * k + 1 + c] = 1;
  });
  return design;
}

describe('fitTrendFactorPoisson', () => {
  it('matches IRLS on 200 random seasonal designs with a trend, with and without weights', () => {
    const next = createRng(20261203);
    let compared = 0;
    for (let trial = 0; trial < 200; trial++) {
      const levels = 1 + Math.floor(next() * 6);
      const years = 2 + Math.floor(next() * 5);
      const perLevel = 2 + Math.floor(next() * 4);
      // Rows cycle through the levels, one block of perLevel months per level each year.
      const n = levels * perLevel * years;
      const levelColumn = Int32Array.from({ length: n }, (_, i) => Math.floor(i / perLevel) % levels);
      const time = Float64Array.from({ length: n }, (_, i) => -years + i / (levels * perLevel));
      const levelMean = Array.from({ length: levels }, () => 0.5 + next() * 60);
      const trend = (next() - 0.5) * 1.2;
      const response = Float64Array.from(levelColumn, (c, i) =>
        samplePoisson(next, (levelMean[c] ?? 1) * Math.exp(trend * (time[i] ?? 0))),
      );
      for (let c = 0; c < levels; c++) response[c * perLevel] = (response[c * perLevel] ?? 0) + 1;
      const weights = trial % 2 === 0 ? undefined : Float64Array.from(response, () => 0.2 + next() * 2);
      const design = designOf(levelColumn, time, levels);
      const reference = fitPoissonGlm({ design, rows: n, columns: levels + 1, response, weights });
      const fast = fitTrendFactorPoisson({ response, weights, time, levelColumn, levels });
      if (reference === null || !reference.converged) continue;
      if (fast === null) throw new Error(`profile fit failed where IRLS fitted (trial ${trial})`);
      expectGlmFitsClose(fast, reference, 1e-6);
      compared++;
    }
    expect(compared).toBeGreaterThan(180);
  });

  it('finds a hand-checked trend: counts doubling every year in one level', () => {
    // y = 4, 8, 16 at t = −2, −1, 0 lie exactly on μ = 16 · 2^t: b = ln 2, intercept ln 16, deviance 0.
    const fit = fitTrendFactorPoisson({
      response: Float64Array.from([4, 8, 16]),
      time: Float64Array.from([-2, -1, 0]),
      levelColumn: Int32Array.from([0, 0, 0]),
      levels: 1,
    });
    expect(fit?.coefficients[1]).toBeCloseTo(Math.LN2, 10);
    expect(fit?.coefficients[0]).toBeCloseTo(Math.log(16), 10);
    expect(fit?.deviance).toBeCloseTo(0, 10);
    // Information: A = 28, B = −16, D = 24 → s = 24 − 256/28 = 104/7, Var(b) = 7/104.
    expect(fit?.unscaledCovariance[3]).toBeCloseTo(7 / 104, 10);
  });

  it('returns null when time is constant within every level (trend not identified), as IRLS does', () => {
    const response = Float64Array.from([3, 4, 5, 6, 2, 3]);
    const time = Float64Array.from([-1, -1, -1, -2, -2, -2]);
    const levelColumn = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const design = designOf(levelColumn, time, 2);
    expect(fitPoissonGlm({ design, rows: 6, columns: 3, response })).toBeNull();
    expect(fitTrendFactorPoisson({ response, time, levelColumn, levels: 2 })).toBeNull();
  });

  it('returns null when the likelihood has no finite maximum (counts only in the last month)', () => {
    const fit = fitTrendFactorPoisson({
      response: Float64Array.from([0, 0, 0, 9]),
      time: Float64Array.from([-3, -2, -1, 0]),
      levelColumn: Int32Array.from([0, 0, 0, 0]),
      levels: 1,
    });
    expect(fit).toBeNull();
  });
});
