// CDC's EARS C1, C2 and C3 (Hutwagner et al. 2003; Fricker et al. 2008, Statistics in Medicine
// 27:3407–3429), applied to monthly counts. They need only the recent past, so they serve months with
// too little history for the seasonal Farrington test; they know nothing of seasons.
//  C1: baseline = the `baseline` months just before t; C_t = (y_t − mean) / sd.
//  C2: the same with a two-month guard band: baseline = months t − baseline − 2 .. t − 3.
//  C3: C3_t = Σ_{i=0..2} max(0, C2_{t−i} − 1), the C2 excesses above one standard deviation summed over
//      three months; flagged when C3_t > z.
// C1 and C2 flag when y_t > mean + z·max(sd, minSigma), with z = Φ⁻¹(1 − α) (α = 0.001 → z = 3.09 as
// in R's surveillance::earsC; C3 uses α = 0.025 → z = 1.96). sd is the sample standard deviation.
import type { EarsOptions } from './aberration-types';
import { isObservedCount } from './farrington-reference';
import { normalQuantile } from './normal-quantile';

export interface EarsMonthResult {
  readonly status: 'tested' | 'not-enough-history';
  readonly expected: number | null;
  readonly threshold: number | null;
  readonly score: number | null;
  readonly flagged: boolean;
  /** The C statistic (C1, C2 or C3) in baseline standard deviations. */
  readonly statistic: number | null;
}

/** Fewest observed months a baseline may hold (R's earsC refuses baselines under 3). */
const MIN_BASELINE_VALUES = 3;

/** Months of history before t that a method needs: C1 baseline, C2 baseline + 2, C3 baseline + 4. */
export function earsHistoryMonths(options: Pick<EarsOptions, 'method' | 'baseline'>): number {
  return options.baseline + (options.method === 'C1' ? 0 : options.method === 'C2' ? 2 : 4);
}

interface Baseline {
  readonly mean: number;
  readonly sigma: number;
}

/** Mean and floored sample standard deviation of the months [from, to] (missing ones skipped). */
function baselineOf(counts: ArrayLike<number>, from: number, to: number, minSigma: number): Baseline | null {
  if (from < 0) return null;
  let n = 0;
  let sum = 0;
  for (let j = from; j <= to; j++) {
    const v = counts[j];
    if (isObservedCount(v)) {
      n++;
      sum += v;
    }
  }
  if (n < MIN_BASELINE_VALUES) return null;
  const mean = sum / n;
  let squares = 0;
  for (let j = from; j <= to; j++) {
    const v = counts[j];
    if (isObservedCount(v)) squares += (v - mean) ** 2;
  }
  return { mean, sigma: Math.max(Math.sqrt(squares / (n - 1)), minSigma) };
}

/** C2 statistic at month j, or null without a baseline or a value. */
function c2At(
  counts: ArrayLike<number>,
  j: number,
  options: EarsOptions,
): { value: number; baseline: Baseline } | null {
  const baseline = baselineOf(counts, j - options.baseline - 2, j - 3, options.minSigma);
  const y = counts[j];
  if (baseline === null || !isObservedCount(y)) return null;
  return { value: standardize(y, baseline), baseline };
}

function standardize(y: number, b: Baseline): number {
  if (b.sigma > 0) return (y - b.mean) / b.sigma;
  return y > b.mean ? Infinity : 0;
}

const NOT_ENOUGH: EarsMonthResult = Object.freeze({
  status: 'not-enough-history',
  expected: null,
  threshold: null,
  score: null,
  flagged: false,
  statistic: null,
});

/** Tests month index t (its count must be present). */
export function testEarsMonth(counts: ArrayLike<number>, t: number, options: EarsOptions): EarsMonthResult {
  const y = counts[t] ?? NaN;
  const z = normalQuantile(1 - options.alpha);
  if (options.method !== 'C3') {
    const lag = options.method === 'C1' ? 0 : 2;
    const b = baselineOf(counts, t - lag - options.baseline, t - lag - 1, options.minSigma);
    if (b === null) return NOT_ENOUGH;
    const threshold = b.mean + z * b.sigma;
    return {
      status: 'tested',
      expected: b.mean,
      threshold,
      score: threshold > b.mean ? (y - b.mean) / (threshold - b.mean) : null,
      flagged: y > threshold,
      statistic: standardize(y, b),
    };
  }
  const now = c2At(counts, t, options);
  const lag1 = c2At(counts, t - 1, options);
  const lag2 = c2At(counts, t - 2, options);
  if (now === null || lag1 === null || lag2 === null) return NOT_ENOUGH;
  const past = Math.max(0, lag1.value - 1) + Math.max(0, lag2.value - 1);
  const c3 = past + Math.max(0, now.value - 1);
  const { mean, sigma } = now.baseline;
  // The count this month would need for C3 to pass z; when the two previous months alone pass it, any
  // count is flagged and there is no such count (threshold null).
  const threshold = past <= z ? mean + sigma * (1 + z - past) : null;
  return {
    status: 'tested',
    expected: mean,
    threshold,
    score: threshold !== null && threshold > mean ? (y - mean) / (threshold - mean) : null,
    flagged: c3 > z,
    statistic: c3,
  };
}
