// Quantiles and tail probabilities of the count distribution the Farrington test uses as its prediction
// distribution: negative binomial with mean μ and variance φμ when φ > 1, Poisson(μ) when φ = 1.
// Parameterised as R's qnbinom(size = μ / (φ - 1), prob = 1 / φ), so results can be compared with R.
import { normalQuantile } from './normal-quantile';
import { regularizedBeta, regularizedGammaQ } from './special-functions';

/** P(Y ≤ k) for Y with mean `mean` ≥ 0 and dispersion `dispersion` ≥ 1 (variance = dispersion × mean). */
export function countCdf(k: number, mean: number, dispersion: number): number {
  if (k < 0) return 0;
  if (mean <= 0) return 1;
  const kk = Math.floor(k);
  if (dispersion > 1) {
    const size = mean / (dispersion - 1);
    // P(Y ≤ k) = I_prob(size, k + 1) for the negative binomial.
    return regularizedBeta(1 / dispersion, size, kk + 1);
  }
  // P(Y ≤ k) = Q(k + 1, μ) for the Poisson.
  return regularizedGammaQ(kk + 1, mean);
}

/** P(Y ≥ y): how surprising an observed count `y` is under the prediction distribution. */
export function countUpperTail(y: number, mean: number, dispersion: number): number {
  if (y <= 0) return 1;
  return 1 - countCdf(Math.ceil(y) - 1, mean, dispersion);
}

// R's fuzz for left continuity: a CDF equal to p up to rounding still counts as reaching p.
const FUZZ = 1 - 64 * Number.EPSILON;

/**
 * Smallest integer k with P(Y ≤ k) ≥ p (R's qnbinom / qpois). Starts from the Cornish–Fisher
 * approximation, then brackets and bisects, so very large means cost a few dozen CDF evaluations.
 */
export function countQuantile(p: number, mean: number, dispersion: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`countQuantile: p must be in (0, 1), got ${p}`);
  if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError(`countQuantile: bad mean ${mean}`);
  if (!(dispersion >= 1)) throw new RangeError(`countQuantile: dispersion must be ≥ 1, got ${dispersion}`);
  if (mean === 0) return 0;
  const target = p * FUZZ;
  const variance = dispersion * mean;
  const sd = Math.sqrt(variance);
  const z = normalQuantile(p);
  // Skewness of NB(μ, φ) is (2φ - 1) / √(φμ); for the Poisson (φ = 1) it is 1 / √μ.
  const skew = (2 * dispersion - 1) / sd;
  const guess = Math.max(0, Math.floor(mean + sd * (z + (skew * (z * z - 1)) / 6)));
  let lo: number;
  let hi: number;
  if (countCdf(guess, mean, dispersion) >= target) {
    hi = guess;
    let step = 1;
    lo = guess - step;
    while (lo >= 0 && countCdf(lo, mean, dispersion) >= target) {
      hi = lo;
      step *= 2;
      lo = hi - step;
    }
    lo = Math.max(lo, -1);
  } else {
    lo = guess;
    let step = 1;
    hi = guess + step;
    while (countCdf(hi, mean, dispersion) < target) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
  }
  // Invariant: CDF(lo) < target (or lo = -1), CDF(hi) ≥ target.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (countCdf(mid, mean, dispersion) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}
