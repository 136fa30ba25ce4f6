// The Poisson log-link GLM of a model with an intercept and one dummy per seasonal level, and no trend,
// in closed form. Each row lies in exactly one level (the intercept's level or one dummy's), so the
// model is saturated per level and the maximum-likelihood mean of a level is its weighted mean
// Σ ω y / Σ ω: the score equations Σ_level ω (y − μ) = 0 have that one solution. IRLS (poisson-glm.ts)
// converges to the same point after a few iterations; this skips them. Returned as a PoissonGlmFit
// with the same coefficients, unscaled covariance, fitted means, hat values, dispersion and deviance.
// Every level must have a positive weighted sum (the caller leaves all-zero levels out). Pure.
import { makeFloat64Carver } from './float64-views';
import { withFitStatistics, type PoissonGlmFit } from './poisson-glm';

export interface FactorPoissonInput {
  /** Counts y_i ≥ 0. */
  readonly response: Float64Array;
  /** Prior weights ω_i > 0; all 1 when omitted. */
  readonly weights?: Float64Array;
  /**
   * Column of each row's level: 0 for the intercept's level (the seasonal windows), 1 … columns − 1 for
   * the dummies, in design order.
   */
  readonly levelColumn: Int32Array;
  readonly columns: number;
}

/** The fit, or null when there are no more rows than columns (as fitPoissonGlm) or a level is empty. */
export function fitFactorPoisson(input: FactorPoissonInput): PoissonGlmFit | null {
  const { response: y, weights: omega, levelColumn, columns: k } = input;
  const n = y.length;
  if (n <= k) return null;
  const take = makeFloat64Carver(4 * k + k * k + 2 * n);
  const weightSum = take(k);
  const countSum = take(k);
  const mean = take(k);
  const coefficients = take(k);
  const covariance = take(k * k);
  const fitted = take(n);
  const hat = take(n);
  for (let i = 0; i < n; i++) {
    const c = levelColumn[i] ?? 0;
    const w = omega?.[i] ?? 1;
    weightSum[c] = (weightSum[c] ?? 0) + w;
    countSum[c] = (countSum[c] ?? 0) + w * (y[i] ?? 0);
  }
  for (let c = 0; c < k; c++) {
    const m = (countSum[c] ?? 0) / (weightSum[c] ?? 0);
    if (!(m > 0) || !Number.isFinite(m)) return null;
    mean[c] = m;
  }
  const base = Math.log(mean[0] ?? 1);
  coefficients[0] = base;
  for (let c = 1; c < k; c++) coefficients[c] = Math.log(mean[c] ?? 1) - base;
  // XᵀWX has a = μ Σω per level: [0,0] = Σ a, [0,c] = [c,c] = a_c. Its inverse: [0,0] = 1/a_0,
  // [0,c] = −1/a_0, [c,c] = 1/a_c + 1/a_0, [c,d] = 1/a_0 (c ≠ d).
  const inv0 = 1 / ((mean[0] ?? 1) * (weightSum[0] ?? 1));
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      let v = r === 0 || c === 0 ? (r === c ? inv0 : -inv0) : inv0;
      if (r === c && r > 0) v += 1 / ((mean[r] ?? 1) * (weightSum[r] ?? 1));
      covariance[r * k + c] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = levelColumn[i] ?? 0;
    fitted[i] = mean[c] ?? 0;
    // h_i = ω_i μ x_iᵀ (XᵀWX)⁻¹ x_i = ω_i / Σ_level ω.
    hat[i] = (omega?.[i] ?? 1) / (weightSum[c] ?? 1);
  }
  return withFitStatistics(
    { converged: true, iterations: 0, coefficients, unscaledCovariance: covariance, fitted, hat },
    y,
    omega,
  );
}
