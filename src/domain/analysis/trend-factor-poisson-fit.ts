// The Poisson log-link GLM of the Farrington model with a trend: an intercept, a time trend and one dummy
// per seasonal level, fitted through its profile likelihood instead of IRLS over every column.
//
// Each row lies in exactly one level l, so for a fixed trend b the level means have a closed form: the
// score equations Σ_l ω (y − μ) = 0 give exp(α_l) = S_l / E_l(b), with S_l = Σ_l ω y and
// E_l(b) = Σ_l ω e^{b t}. What is left is a concave function of b alone,
//   ℓ(b) = b Σ ω y t − Σ_l S_l ln E_l(b)  (+ a constant),
// maximised by Newton's method on one variable with step halving. Its maximum is the maximum of the full
// likelihood, so the fit equals IRLS's (poisson-glm.ts, kept as the general reference the tests compare
// with) in a few passes over the rows and without forming or factorising XᵀWX.
//
// The information matrix at the optimum, with w = ω μ, A_l = Σ_l w, B_l = Σ_l w t and D = Σ w t², is an
// arrowhead matrix in the parametrisation (α_1 … α_L, b); with the Schur complement s = D − Σ B_l² / A_l
// its inverse is C_bb = 1/s, C_lb = −(B_l/A_l)/s, C_lm = δ_lm/A_l + (B_l/A_l)(B_m/A_m)/s, and the hat
// values are h_i = w_i (1/A_l + (t_i − B_l/A_l)² / s). The covariance is returned in the design's
// parametrisation (intercept = the window level, trend, dummies = level − window level). Pure.
import { makeFloat64Carver } from './float64-views';
import { withFitStatistics, type PoissonGlmFit } from './poisson-glm';

export interface TrendFactorPoissonInput {
  /** Counts y_i ≥ 0. */
  readonly response: Float64Array;
  /** Prior weights ω_i > 0; all 1 when omitted. */
  readonly weights?: Float64Array;
  /** Time of each row (years, as the trend column). */
  readonly time: Float64Array;
  /**
   * Level of each row: 0 for the intercept's level (the seasonal windows), 1 … levels − 1 for the dummies,
   * in design order. Design columns: 0 intercept, 1 trend, 1 + c for level c ≥ 1.
   */
  readonly levelColumn: Int32Array;
  readonly levels: number;
  /** Starting trend (a warm start from a related fit); 0 when omitted. */
  readonly startTrend?: number;
}

const MAX_ITERATIONS = 50;
/** Newton stops when the trend moves by less than this (per year, relative to 1 + |b|). */
const TREND_TOLERANCE = 1e-11;
/** |ℓ'(b)| below this times Σ ω y |t| is rounding noise. */
const GRADIENT_NOISE = 1e-13;
/** A trend beyond e^±30 a year is no fit (IRLS keeps η within the same bound). */
const TREND_LIMIT = 30;

interface LevelSums {
  /** Σ ω e^{b t − shift}, Σ ω t e^{…}, Σ ω t² e^{…} per level. */
  readonly e0: Float64Array;
  readonly e1: Float64Array;
  readonly e2: Float64Array;
  /** e^{b t_i − shift} of each row, without its weight. */
  readonly growth: Float64Array;
  /** The earliest and latest time. */
  readonly timeRange: readonly [number, number];
  /** The largest b·t of any row, taken out of every exponent so none overflows; it cancels in ratios. */
  shift: number;
}

function levelSumsAt(input: TrendFactorPoissonInput, b: number, sums: LevelSums): void {
  const { time, levelColumn, weights: omega } = input;
  const { e0, e1, e2, growth } = sums;
  // With |b| ≤ TREND_LIMIT and a few decades of history, e^{b t − shift} stays far from underflow.
  const shift = Math.max(b * sums.timeRange[0], b * sums.timeRange[1]);
  sums.shift = shift;
  e0.fill(0);
  e1.fill(0);
  e2.fill(0);
  for (let i = 0; i < time.length; i++) {
    const l = levelColumn[i] ?? 0;
    const t = time[i] ?? 0;
    const g = Math.exp(b * t - shift);
    growth[i] = g;
    const e = (omega?.[i] ?? 1) * g;
    e0[l] = (e0[l] ?? 0) + e;
    e1[l] = (e1[l] ?? 0) + e * t;
    e2[l] = (e2[l] ?? 0) + e * t * t;
  }
}

/** The profile log-likelihood ℓ(b) up to a constant (sums must be at b). */
function profileLogLikelihood(b: number, yt: number, s: Float64Array, sums: LevelSums): number {
  let value = b * yt;
  for (let l = 0; l < s.length; l++) value -= (s[l] ?? 0) * (Math.log(sums.e0[l] ?? 0) + sums.shift);
  return value;
}

/** ℓ'(b) and ℓ''(b) (sums must be at b). */
function profileDerivatives(
  yt: number,
  s: Float64Array,
  sums: LevelSums,
): { gradient: number; curvature: number } {
  let gradient = yt;
  let curvature = 0;
  for (let l = 0; l < s.length; l++) {
    const e0 = sums.e0[l] ?? 1;
    const mean = (sums.e1[l] ?? 0) / e0;
    gradient -= (s[l] ?? 0) * mean;
    curvature -= (s[l] ?? 0) * ((sums.e2[l] ?? 0) / e0 - mean * mean);
  }
  return { gradient, curvature };
}

/** Maximises ℓ(b); null when it has no finite maximum or its curvature vanishes (b not identified). */
function maximiseTrend(
  input: TrendFactorPoissonInput,
  yt: number,
  scale: number,
  s: Float64Array,
  sums: LevelSums,
): { trend: number; iterations: number } | null {
  let b = input.startTrend ?? 0;
  levelSumsAt(input, b, sums);
  let value = profileLogLikelihood(b, yt, s, sums);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const { gradient, curvature } = profileDerivatives(yt, s, sums);
    // A score that is rounding noise is a maximum already: a flat series keeps b exactly 0 instead of a
    // step of 1e-16 whose t statistic against a zero dispersion would be arbitrary.
    if (Math.abs(gradient) <= GRADIENT_NOISE * scale) return { trend: b, iterations: iteration - 1 };
    if (!(curvature < 0)) return null;
    let step = -gradient / curvature;
    // Steps past the trend limit are halved first: no plausible maximum lies there.
    for (let halving = 0; Math.abs(b + step) > TREND_LIMIT && halving < 40; halving++) step /= 2;
    let next = b + step;
    levelSumsAt(input, next, sums);
    let nextValue = profileLogLikelihood(next, yt, s, sums);
    // ℓ is concave, so a Newton step that lowers it overshot: halve it.
    for (
      let halving = 0;
      !(Number.isFinite(nextValue) && nextValue >= value - 1e-12 * Math.abs(value)) && halving < 40;
      halving++
    ) {
      step /= 2;
      next = b + step;
      levelSumsAt(input, next, sums);
      nextValue = profileLogLikelihood(next, yt, s, sums);
    }
    b = next;
    value = nextValue;
    if (Math.abs(step) < TREND_TOLERANCE * (1 + Math.abs(b))) {
      // Converged against the limit: the likelihood still rises beyond it, so it has no finite maximum.
      return Math.abs(b) < TREND_LIMIT * (1 - 1e-6) ? { trend: b, iterations: iteration } : null;
    }
  }
  return null;
}

/** The arrowhead inverse C at (u, v): levels 0 … L − 1, the trend at index L. */
function arrowheadInverse(ratio: Float64Array, a: Float64Array, schur: number, u: number, v: number): number {
  const trend = a.length;
  if (u === trend && v === trend) return 1 / schur;
  if (u === trend) return -(ratio[v] ?? 0) / schur;
  if (v === trend) return -(ratio[u] ?? 0) / schur;
  return (u === v ? 1 / (a[u] ?? 1) : 0) + ((ratio[u] ?? 0) * (ratio[v] ?? 0)) / schur;
}

/**
 * Covariance in the design's parametrisation: column 0 is α_0, 1 is b, 1 + c is α_c − α_0, so
 * Cov(β_r, β_q) = C(u_r, u_q) − [r ≥ 2] C(0, u_q) − [q ≥ 2] C(u_r, 0) + [r ≥ 2][q ≥ 2] C(0, 0).
 */
function fillDesignCovariance(
  ratio: Float64Array,
  a: Float64Array,
  schur: number,
  covariance: Float64Array,
): void {
  const levels = a.length;
  const k = levels + 1;
  const thetaOf = (j: number): number => (j === 0 ? 0 : j === 1 ? levels : j - 1);
  for (let r = 0; r < k; r++) {
    const u = thetaOf(r);
    for (let q = r; q < k; q++) {
      const w = thetaOf(q);
      let v = arrowheadInverse(ratio, a, schur, u, w);
      if (r >= 2) v -= arrowheadInverse(ratio, a, schur, 0, w);
      if (q >= 2) v -= arrowheadInverse(ratio, a, schur, u, 0);
      if (r >= 2 && q >= 2) v += arrowheadInverse(ratio, a, schur, 0, 0);
      covariance[r * k + q] = v;
      covariance[q * k + r] = v;
    }
  }
}

function rangeOf(values: Float64Array): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  return [low, high];
}

/**
 * The fit, or null when there are no more rows than columns, a level has no positive weighted count (the
 * caller leaves such levels out), or the trend has no finite, identified maximum.
 */
export function fitTrendFactorPoisson(input: TrendFactorPoissonInput): PoissonGlmFit | null {
  const { response: y, weights: omega, time, levelColumn, levels } = input;
  const n = y.length;
  const k = levels + 1;
  if (n <= k) return null;
  const take = makeFloat64Carver(9 * levels + 3 * n + k + k * k);
  const s = take(levels);
  const e0 = take(levels);
  const e1 = take(levels);
  const e2 = take(levels);
  const alpha = take(levels);
  const levelScale = take(levels);
  const a = take(levels);
  const bt = take(levels);
  const ratio = take(levels);
  const growth = take(n);
  const fitted = take(n);
  const hat = take(n);
  const coefficients = take(k);
  const covariance = take(k * k);
  let yt = 0;
  // Σ ω y |t|: the size of the score's terms, against which a score of rounding noise is judged.
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const wy = (omega?.[i] ?? 1) * (y[i] ?? 0);
    const l = levelColumn[i] ?? 0;
    s[l] = (s[l] ?? 0) + wy;
    yt += wy * (time[i] ?? 0);
    scale += wy * Math.abs(time[i] ?? 0);
  }
  for (const sum of s) if (!(sum > 0) || !Number.isFinite(sum)) return null;
  const sums: LevelSums = {
    e0,
    e1,
    e2,
    growth,
    timeRange: rangeOf(time),
    shift: 0,
  };
  const optimum = maximiseTrend(input, yt, scale, s, sums);
  if (optimum === null) return null;
  const b = optimum.trend;
  // The sums are at the optimum b. ln exp(α_l) = ln S_l − ln E_l(b), with E_l's shift put back.
  // μ_i = exp(α_l + b t_i) = (S_l / E_l) e^{b t_i − shift}: the growth terms of the last sums.
  for (let l = 0; l < levels; l++) {
    alpha[l] = Math.log(s[l] ?? 1) - Math.log(sums.e0[l] ?? 1) - sums.shift;
    levelScale[l] = (s[l] ?? 0) / (sums.e0[l] ?? 1);
  }
  let d = 0;
  for (let i = 0; i < n; i++) {
    const l = levelColumn[i] ?? 0;
    const t = time[i] ?? 0;
    const mu = (levelScale[l] ?? 0) * (sums.growth[i] ?? 0);
    fitted[i] = mu;
    const w = (omega?.[i] ?? 1) * mu;
    a[l] = (a[l] ?? 0) + w;
    bt[l] = (bt[l] ?? 0) + w * t;
    d += w * t * t;
  }
  for (let l = 0; l < levels; l++) ratio[l] = (bt[l] ?? 0) / (a[l] ?? 1);
  let schur = d;
  for (let l = 0; l < levels; l++) schur -= (bt[l] ?? 0) * (ratio[l] ?? 0);
  // A (near) zero Schur complement: time is constant within every level, so the trend is collinear
  // with the levels (fitPoissonGlm's Cholesky pivot check refuses the same design).
  if (!(schur > 1e-12 * Math.max(d, 1e-300))) return null;
  for (let i = 0; i < n; i++) {
    const l = levelColumn[i] ?? 0;
    const centred = (time[i] ?? 0) - (ratio[l] ?? 0);
    hat[i] = (omega?.[i] ?? 1) * (fitted[i] ?? 0) * (1 / (a[l] ?? 1) + (centred * centred) / schur);
  }
  coefficients[0] = alpha[0] ?? 0;
  coefficients[1] = b;
  for (let c = 1; c < levels; c++) coefficients[1 + c] = (alpha[c] ?? 0) - (alpha[0] ?? 0);
  fillDesignCovariance(ratio, a, schur, covariance);
  return withFitStatistics(
    {
      converged: true,
      iterations: optimum.iterations,
      coefficients,
      unscaledCovariance: covariance,
      fitted,
      hat,
    },
    y,
    omega,
  );
}
