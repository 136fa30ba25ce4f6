// The improved Farrington test (Noufaily et al. 2013, Statistics in Medicine 32:1206–1222) for one month
// of a monthly count series, following R's surveillance::farringtonFlexible step by step:
//  1. reference months: ±w around the same month of the previous years, plus noPeriods − 1 seasonal
//     blocks between the windows (farrington-reference.ts), the most recent months left out;
//  2. a quasi-Poisson log-linear GLM (intercept, time trend, seasonal factor), fitted by maximum
//     likelihood in closed form per seasonal level (see fitModel);
//  3. past outbreaks down-weighted: standardized Anscombe residuals s_i above weightsThreshold get
//     weight γ s_i⁻², the others γ (γ makes the weights sum to n), and the model is refitted;
//  4. the trend is kept only if significant (t test at pThresholdTrend), at least 3 years are used and
//     the prediction does not exceed every reference count; otherwise steps 2–3 are redone without it;
//  5. the upper bound is the (1 − α) quantile of a negative binomial with the predicted mean and
//     variance φμ (nbPlugin), of the same with the mean's upper confidence limit (muan), or Farrington's
//     2/3-power normal approximation (delta); φ = max(Pearson dispersion, 1);
//  6. a month is flagged when observed > upper bound, observed > 0 and the last limit54[1] months hold at
//     least limit54[0] counts.
import type { FarringtonOptions } from './aberration-types';
import { countQuantile, countUpperTail } from './count-distributions';
import { buildFarringtonReference, isObservedCount } from './farrington-reference';
import { normalQuantile, normalUpperTail } from './normal-quantile';
import { fitFactorPoisson } from './factor-poisson-fit';
import { makeFloat64Carver, withFloat64Arena } from './float64-views';
import { modelRowsOf, type ModelRows } from './farrington-model-rows';
import type { PoissonGlmFit } from './poisson-glm';
import { isStudentSignificant } from './special-functions';
import { fitTrendFactorPoisson } from './trend-factor-poisson-fit';

export interface FarringtonMonthResult {
  readonly status: 'tested' | 'too-few-counts' | 'no-fit';
  readonly expected: number | null;
  readonly threshold: number | null;
  readonly score: number | null;
  readonly flagged: boolean;
  readonly tailProbability: number | null;
  readonly dispersion: number | null;
  readonly trendPerYear: number | null;
}

interface ModelFit {
  readonly glm: PoissonGlmFit;
  /** Quasi-Poisson Pearson dispersion (unfloored) of the final fit, with its residual df. */
  readonly pearson: number;
  readonly df: number;
  /** Whether column 1 is the time trend. */
  readonly hasTrend: boolean;
}

/**
 * Standardized Anscombe residuals of a Poisson fit (McCullagh & Nelder 2.4.2), as R's
 * surveillance:::anscombe.residuals: 3/2 (y^⅔ μ^−⅙ − μ^½) / √(φ (1 − h)). A reference month that is
 * alone in its seasonal level has h = 1 and no residual; it gets 0 (never down-weighted).
 */
export function anscombeResiduals(
  y: Float64Array,
  fit: PoissonGlmFit,
  phi: number,
  s: Float64Array = new Float64Array(y.length),
): Float64Array {
  for (let i = 0; i < y.length; i++) {
    const mu = fit.fitted[i] ?? 0;
    const h = fit.hat[i] ?? 0;
    if (!(mu > 0) || 1 - h < 1e-10) continue;
    // μ^−⅙ as 1 / √∛μ: Math.cbrt and Math.sqrt cost a fraction of a general power.
    const yi = y[i] ?? 0;
    const raw = 1.5 * (Math.cbrt(yi * yi) / Math.sqrt(Math.cbrt(mu)) - Math.sqrt(mu));
    s[i] = raw / Math.sqrt(phi * (1 - h));
  }
  return s;
}

/** Farrington weights (R's algo.farrington.assign.weights): γ s⁻² above the threshold, γ elsewhere. */
export function outbreakWeights(s: Float64Array, threshold: number): Float64Array {
  let sum = 0;
  for (const si of s) sum += si > threshold ? si ** -2 : 1;
  const gamma = s.length / sum;
  const weights = makeFloat64Carver(s.length)(s.length);
  for (let i = 0; i < s.length; i++) {
    const si = s[i] ?? 0;
    weights[i] = si > threshold ? gamma * si ** -2 : gamma;
  }
  return weights;
}

/**
 * Fits the model with or without trend, with the reweighting step. Seasonal levels whose reference
 * counts are all 0 are left out with their months (modelRowsOf): their maximum-likelihood mean is
 * exactly 0 and they carry no information on the other coefficients (R reaches the same limit after many
 * iterations). Each row lies in one level, so both models have closed forms per level: without a trend
 * the weighted mean (factor-poisson-fit.ts), with a trend a one-variable profile likelihood
 * (trend-factor-poisson-fit.ts); both equal the IRLS fit of the full design (poisson-glm.ts), which the
 * tests check.
 */
function fitModel(rows: ModelRows, options: FarringtonOptions, withTrend: boolean): ModelFit | null {
  const { response, time, levelColumn, levels, zeroRows, zeroLevels } = rows;
  const n = rows.referenceRows;
  const columns = levels + (withTrend ? 1 : 0);
  // Residual df as if the all-zero levels were in the model (n and the rank both count them).
  const df = n - columns - zeroLevels;
  if (df <= 0) return null;
  const fit = (weights?: Float64Array, trendFrom?: number): PoissonGlmFit | null =>
    withTrend
      ? fitTrendFactorPoisson({ response, weights, time, levelColumn, levels, startTrend: trendFrom })
      : fitFactorPoisson({ response, weights, levelColumn, columns });
  const first = fit();
  if (first === null || !first.converged) return null;
  let glm = first;
  if (options.reweight) {
    const phi = Math.max(1, (first.dispersion * first.residualDf) / df);
    // The left-out all-zero months have residual 0: they enter γ's normalisation with weight 1.
    const all = makeFloat64Carver(response.length + zeroRows)(response.length + zeroRows);
    anscombeResiduals(response, first, phi, all.subarray(0, response.length));
    const weights = outbreakWeights(all, options.weightsThreshold).subarray(0, response.length);
    const refit = fit(weights, withTrend ? first.coefficients[1] : undefined);
    if (refit === null || !refit.converged) return null;
    glm = refit;
  }
  return { glm, pearson: (glm.dispersion * glm.residualDf) / df, df, hasTrend: withTrend };
}

function enoughCases(counts: ArrayLike<number>, t: number, limit: FarringtonOptions['limit54']): boolean {
  let sum = 0;
  for (let j = Math.max(0, t - limit[1] + 1); j <= t; j++) {
    const v = counts[j];
    if (isObservedCount(v)) sum += v;
  }
  return sum >= limit[0];
}

export interface FarringtonBound {
  /** exp(η0): the predicted count. */
  readonly expected: number;
  /** The upper bound. */
  readonly threshold: number;
  /** P(Y ≥ observed) under the prediction distribution. */
  readonly tailProbability: number;
}

/**
 * The upper bound from the fitted linear predictor η0 (log scale) with standard error seEta0 and the
 * dispersion φ ≥ 1 (R's algo.farrington.threshold.noufaily and .farrington with powertrans "2/3"), or
 * null when the mean overflows. The exceedance score is left to the caller.
 */
export function farringtonBound(
  eta0: number,
  seEta0: number,
  phi: number,
  observed: number,
  options: Pick<FarringtonOptions, 'alpha' | 'thresholdMethod'>,
): FarringtonBound | null {
  const expected = Math.exp(eta0);
  const z = normalQuantile(1 - options.alpha);
  if (options.thresholdMethod === 'delta') {
    // Farrington et al. (1996): Var(Y0 − μ0) ≈ μ0 τ with τ = φ + Var(μ̂0)/μ0, on the 2/3-power scale.
    const seMu = expected * seEta0;
    const tau = phi + (seMu * seMu) / expected;
    const se = Math.sqrt((4 / 9) * Math.cbrt(expected) * tau);
    const centre = Math.cbrt(expected) ** 2;
    return {
      expected,
      threshold: (centre + z * se) ** 1.5,
      tailProbability: normalUpperTail((Math.cbrt(observed) ** 2 - centre) / se),
    };
  }
  const mean = options.thresholdMethod === 'muan' ? Math.exp(eta0 + z * seEta0) : expected;
  if (!Number.isFinite(mean)) return null;
  return {
    expected,
    threshold: countQuantile(1 - options.alpha, mean, phi),
    tailProbability: countUpperTail(observed, mean, phi),
  };
}

const NO_FIT: FarringtonMonthResult = Object.freeze({
  status: 'no-fit',
  expected: null,
  threshold: null,
  score: null,
  flagged: false,
  tailProbability: null,
  dispersion: null,
  trendPerYear: null,
});

/** A baseline above this many times (the largest reference count + 1) is a failed fit, not a baseline. */
const MAX_BASELINE_FACTOR = 10;

const TOO_FEW: FarringtonMonthResult = Object.freeze({ ...NO_FIT, status: 'too-few-counts' });

/**
 * Tests month index `t` of `counts` against its baseline from `years` previous years (the caller checks
 * that the series reaches back t − 12·years − w months). The observed count at t must be present.
 */
export function testFarringtonMonth(
  counts: ArrayLike<number>,
  t: number,
  years: number,
  options: FarringtonOptions,
): FarringtonMonthResult {
  // As in R, a month with too few recent counts gets no bound at all (R leaves it NA): it can never be
  // flagged, and skipping the fit keeps sparse series (most route × site × nationality ones) cheap.
  if (!enoughCases(counts, t, options.limit54)) return TOO_FEW;
  // Every array of the month's fits comes from one reused buffer; the result holds numbers only.
  return withFloat64Arena(() => testEnoughCasesMonth(counts, t, years, options));
}

/** testFarringtonMonth past the low-count rule. */
function testEnoughCasesMonth(
  counts: ArrayLike<number>,
  t: number,
  years: number,
  options: FarringtonOptions,
): FarringtonMonthResult {
  const observed = counts[t] ?? NaN;
  const reference = buildFarringtonReference(
    counts,
    t,
    years,
    options.w,
    options.noPeriods,
    options.pastMonthsExcluded,
  );
  let windowSum = 0;
  let windowRows = 0;
  let maxResponse = 0;
  for (let i = 0; i < reference.response.length; i++) {
    const y = reference.response[i] ?? 0;
    if (reference.level[i] === options.noPeriods) {
      windowSum += y;
      windowRows++;
    }
    maxResponse = Math.max(maxResponse, y);
  }
  // Without a single observed month in the windows there is no seasonal baseline to compare with.
  if (windowRows === 0) return NO_FIT;
  if (windowSum === 0) {
    // Every reference month of the season was 0: the fitted mean is exactly 0, and so is the bound.
    return {
      status: 'tested',
      expected: 0,
      threshold: 0,
      score: null,
      flagged: observed > 0,
      tailProbability: observed > 0 ? 0 : 1,
      dispersion: 1,
      trendPerYear: null,
    };
  }
  // A trend is kept only with at least 3 years; with fewer its fit could only be discarded (and the fit
  // without it does not depend on a start), so it is not tried.
  const rows = modelRowsOf(reference, options.noPeriods);
  let model = options.trend && years >= 3 ? fitModel(rows, options, true) : null;
  let trendPerYear: number | null = null;
  if (model !== null && model.hasTrend) {
    const beta = model.glm.coefficients[1] ?? 0;
    const se = Math.sqrt(
      model.pearson * (model.glm.unscaledCovariance[1 * model.glm.coefficients.length + 1] ?? 0),
    );
    const significant = isStudentSignificant(beta / se, model.df, options.pThresholdTrend);
    const mu0 = Math.exp(model.glm.coefficients[0] ?? 0);
    if (significant && years >= 3 && mu0 <= maxResponse) {
      trendPerYear = Math.exp(beta);
    } else {
      // Refit without the trend (closed form: it needs no start).
      model = fitModel(rows, options, false);
    }
  }
  model ??= fitModel(rows, options, false);
  if (model === null) return NO_FIT;
  // At t the trend term is 0 (time is measured from t) and the level is the window level: η0 = β0.
  const eta0 = model.glm.coefficients[0] ?? 0;
  const seEta0 = Math.sqrt(model.pearson * (model.glm.unscaledCovariance[0] ?? 0));
  const phi = Math.max(1, model.pearson);
  // Without a kept trend the baseline is a weighted mean of reference counts, so it cannot exceed the
  // largest of them; a fit far above it has drifted on a degenerate design (e.g. one positive month among
  // zeros, down-weighted as an outbreak) rather than found a baseline. Its bound would be meaningless and
  // its quantile very slow to compute, so the month is "no-fit".
  if (!(Math.exp(eta0) <= MAX_BASELINE_FACTOR * (maxResponse + 1))) return NO_FIT;
  const bound = farringtonBound(eta0, seEta0, phi, observed, options);
  if (bound === null) return NO_FIT;
  const { expected, threshold, tailProbability } = bound;
  return {
    status: 'tested',
    expected,
    threshold,
    score: threshold > expected ? (observed - expected) / (threshold - expected) : null,
    flagged: observed > 0 && observed > threshold,
    tailProbability,
    dispersion: phi,
    trendPerYear,
  };
}
