import { describe, expect, it } from 'vitest';
import { fitPoissonGlm } from './poisson-glm';
import { createRng, samplePoisson } from './synthetic-counts';

const f64 = (values: readonly number[]): Float64Array => Float64Array.from(values);

describe('Poisson log-link GLM by IRLS', () => {
  // Convergence stops at R's deviance criterion (relative change < 1e-8), so coefficients are exact to
  // about 1e-9: expectations are checked to 7 decimals.
  it('intercept only: the fitted mean is the weighted mean of the counts', () => {
    const y = f64([2, 4, 9]);
    const fit = fitPoissonGlm({
      design: f64([1, 1, 1]),
      rows: 3,
      columns: 1,
      response: y,
      weights: f64([1, 1, 2]),
    });
    expect(fit?.converged).toBe(true);
    // (2 + 4 + 2·9) / 4 = 6
    expect(Math.exp(fit?.coefficients[0] ?? 0)).toBeCloseTo(6, 7);
    // Pearson: Σ ω (y − μ)² / μ / (n − k) = (16/6 + 4/6 + 2·9/6) / 2 = 38/12
    expect(fit?.dispersion).toBeCloseTo(38 / 12, 7);
    // Var(β̂0) = 1 / Σ ω μ = 1 / 24; hat values are ω μ / Σ ω μ.
    expect(fit?.unscaledCovariance[0]).toBeCloseTo(1 / 24, 7);
    expect([...(fit?.hat ?? [])].map((h) => Number(h.toFixed(7)))).toEqual([0.25, 0.25, 0.5]);
  });

  it('a factor: fitted means are the group means', () => {
    // Columns: intercept, dummy for group B. Group A = {3, 5}, group B = {10, 14, 12}.
    const design = f64([1, 0, 1, 0, 1, 1, 1, 1, 1, 1]);
    const fit = fitPoissonGlm({ design, rows: 5, columns: 2, response: f64([3, 5, 10, 14, 12]) });
    expect(Math.exp(fit?.coefficients[0] ?? 0)).toBeCloseTo(4, 7);
    expect(Math.exp((fit?.coefficients[0] ?? 0) + (fit?.coefficients[1] ?? 0))).toBeCloseTo(12, 7);
    expect([...(fit?.fitted ?? [])].map((m) => Number(m.toFixed(8)))).toEqual([4, 4, 12, 12, 12]);
  });

  it('an exact log-linear trend is recovered with zero dispersion', () => {
    // y = 2^t for t = 0..4: β = (0, ln 2), residuals 0, Pearson dispersion 0.
    const t = [0, 1, 2, 3, 4];
    const design = f64(t.flatMap((ti) => [1, ti]));
    const fit = fitPoissonGlm({ design, rows: 5, columns: 2, response: f64(t.map((ti) => 2 ** ti)) });
    expect(fit?.coefficients[0]).toBeCloseTo(0, 7);
    expect(fit?.coefficients[1]).toBeCloseTo(Math.LN2, 7);
    expect(fit?.dispersion).toBeCloseTo(0, 7);
    // The hat values of a full-rank fit sum to the number of columns.
    expect([...(fit?.hat ?? [])].reduce((a, b) => a + b, 0)).toBeCloseTo(2, 7);
  });

  it('satisfies the score equations Xᵀ ω (y − μ) = 0 on random data', () => {
    const rng = createRng(7);
    const n = 60;
    const design = new Float64Array(n * 4);
    const y = new Float64Array(n);
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const time = i / 12 - 2;
      const level = i % 3;
      design.set([1, time, level === 1 ? 1 : 0, level === 2 ? 1 : 0], i * 4);
      y[i] = samplePoisson(rng, Math.exp(2 + 0.3 * time + 0.5 * (level === 1 ? 1 : 0)));
      weights[i] = 0.5 + rng();
    }
    const fit = fitPoissonGlm({ design, rows: n, columns: 4, response: y, weights });
    expect(fit?.converged).toBe(true);
    for (let a = 0; a < 4; a++) {
      let score = 0;
      for (let i = 0; i < n; i++)
        score += (design[i * 4 + a] ?? 0) * (weights[i] ?? 0) * ((y[i] ?? 0) - (fit?.fitted[i] ?? 0));
      expect(Math.abs(score)).toBeLessThan(1e-6);
    }
  });

  it('returns null for a rank-deficient design or too few rows', () => {
    const collinear = f64([1, 2, 1, 2, 1, 2]);
    expect(fitPoissonGlm({ design: collinear, rows: 3, columns: 2, response: f64([1, 2, 3]) })).toBeNull();
    expect(fitPoissonGlm({ design: f64([1]), rows: 1, columns: 1, response: f64([4]) })).toBeNull();
  });
});
