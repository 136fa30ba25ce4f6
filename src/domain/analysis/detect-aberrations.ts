// Early-warning flags for a monthly count series: per month, the seasonal Farrington test when the series
// has enough years before the month, EARS as the fallback when it has only months, and an explicit
// "not enough history" otherwise. See docs/analysis.md for the parameters and their validation.
import type { EpochMonth } from '../epoch-day';
import type { MonthWindow } from '../time-window';
import type {
  EarsOptions,
  FarringtonOptions,
  MonthFlag,
  MonthlyCounts,
  TestParameters,
} from './aberration-types';
import { earsHistoryMonths, testEarsMonth } from './ears-c';
import { testFarringtonMonth } from './farrington-flexible';
import { gapMonths, isObservedCount } from './farrington-reference';

export interface DetectionOptions {
  readonly farrington: FarringtonOptions;
  /** Fewest past years (each with its ±w window) for the Farrington test; fewer → the EARS fallback. */
  readonly minYears: number;
  /** The fallback test, or null for none (months without enough years are then "not enough history"). */
  readonly fallback: EarsOptions | null;
}

/**
 * Defaults for monthly data. They follow R's surveillance::farringtonFlexible (b = 5, reweight,
 * weightsThreshold = 2.58, alpha = 0.05, pThresholdTrend = 0.05, limit54 = (5, 4)) and Noufaily et al.'s
 * improved algorithm (negative binomial bound; a 10-level seasonal factor: the windows plus nine blocks,
 * here of one month each; the last half year left out of the fit), with a monthly window w = 1 (R's w = 3
 * is meant for weeks; ECDC's EpiSignalDetection uses w = 1 for months). The EARS fallback is C1 with R's
 * defaults (7-month baseline, alpha = 0.001) and a standard deviation floored at one count.
 * docs/analysis.md gives the measured sensitivity and false-alarm rates that chose them.
 */
export const DEFAULT_DETECTION_OPTIONS: DetectionOptions = Object.freeze({
  farrington: Object.freeze({
    b: 5,
    w: 1,
    noPeriods: 10,
    pastMonthsExcluded: 6,
    reweight: true,
    weightsThreshold: 2.58,
    alpha: 0.05,
    trend: true,
    pThresholdTrend: 0.05,
    limit54: [5, 4] as const,
    thresholdMethod: 'nbPlugin' as const,
  }),
  minYears: 2,
  fallback: Object.freeze({ method: 'C1' as const, baseline: 7, alpha: 0.001, minSigma: 1 }),
});

/** Throws a RangeError naming the first impossible option (options come from code, not from files). */
export function validateDetectionOptions(options: DetectionOptions): void {
  const f = options.farrington;
  const fail = (what: string): never => {
    throw new RangeError(`detection options: ${what}`);
  };
  if (!(Number.isInteger(f.b) && f.b >= 1)) fail(`b must be an integer ≥ 1, got ${f.b}`);
  if (!(Number.isInteger(f.w) && f.w >= 0 && f.w <= 5)) fail(`w must be an integer in 0..5, got ${f.w}`);
  if (!(Number.isInteger(f.noPeriods) && f.noPeriods >= 1 && f.noPeriods - 1 <= gapMonths(f.w))) {
    fail(`noPeriods must be in 1..${gapMonths(f.w) + 1} for w = ${f.w}, got ${f.noPeriods}`);
  }
  if (!(Number.isInteger(f.pastMonthsExcluded) && f.pastMonthsExcluded >= 0 && f.pastMonthsExcluded < 12)) {
    fail(`pastMonthsExcluded must be an integer in 0..11, got ${f.pastMonthsExcluded}`);
  }
  if (!(f.alpha > 0 && f.alpha < 0.5)) fail(`alpha must be in (0, 0.5), got ${f.alpha}`);
  if (!(f.weightsThreshold > 0)) fail(`weightsThreshold must be > 0, got ${f.weightsThreshold}`);
  if (!(Number.isInteger(options.minYears) && options.minYears >= 1 && options.minYears <= f.b)) {
    fail(`minYears must be an integer in 1..b, got ${options.minYears}`);
  }
  const e = options.fallback;
  if (e !== null) {
    if (!(Number.isInteger(e.baseline) && e.baseline >= 3))
      fail(`EARS baseline must be an integer ≥ 3, got ${e.baseline}`);
    if (!(e.alpha > 0 && e.alpha < 0.5)) fail(`EARS alpha must be in (0, 0.5), got ${e.alpha}`);
    if (!(e.minSigma >= 0)) fail(`EARS minSigma must be ≥ 0, got ${e.minSigma}`);
  }
}

/** Past years usable for month index t: each needs its window, reaching back to t − 12·years − w. */
export function farringtonYearsAvailable(t: number, options: FarringtonOptions): number {
  return Math.max(0, Math.min(options.b, Math.floor((t - options.w) / 12)));
}

function earsTestName(method: EarsOptions['method']): 'ears-c1' | 'ears-c2' | 'ears-c3' {
  return method === 'C1' ? 'ears-c1' : method === 'C2' ? 'ears-c2' : 'ears-c3';
}

function emptyFlag(month: EpochMonth, observed: number, status: 'missing' | 'not-enough-history'): MonthFlag {
  return {
    month,
    status,
    test: null,
    parameters: null,
    observed,
    expected: null,
    threshold: null,
    score: null,
    flagged: false,
    tailProbability: null,
    dispersion: null,
    trendPerYear: null,
  };
}

/** Flags for one month index t of the series. */
export function detectMonth(series: MonthlyCounts, t: number, options: DetectionOptions): MonthFlag {
  const month = (series.startMonth + t) as EpochMonth;
  const observed = series.counts[t];
  if (!isObservedCount(observed)) return emptyFlag(month, NaN, 'missing');
  const years = farringtonYearsAvailable(t, options.farrington);
  if (years >= options.minYears) {
    const r = testFarringtonMonth(series.counts, t, years, options.farrington);
    const parameters: TestParameters = {
      test: 'farrington-flexible',
      yearsUsed: years,
      ...options.farrington,
    };
    return { month, test: 'farrington-flexible', parameters, observed, ...r };
  }
  const e = options.fallback;
  if (e !== null && t >= earsHistoryMonths(e)) {
    const r = testEarsMonth(series.counts, t, e);
    if (r.status === 'tested') {
      const test = earsTestName(e.method);
      return {
        month,
        status: 'tested',
        test,
        parameters: { test, ...e },
        observed,
        expected: r.expected,
        threshold: r.threshold,
        score: r.score,
        flagged: r.flagged,
        tailProbability: null,
        dispersion: null,
        trendPerYear: null,
      };
    }
  }
  return emptyFlag(month, observed, 'not-enough-history');
}

/**
 * Flags for every month of the series, or only the months of `window` (clipped to the series). The
 * baselines always use the whole series before each month.
 */
export function detectAberrations(
  series: MonthlyCounts,
  options: DetectionOptions = DEFAULT_DETECTION_OPTIONS,
  window: MonthWindow | null = null,
): MonthFlag[] {
  validateDetectionOptions(options);
  const length = series.counts.length;
  const from = window === null ? 0 : Math.max(0, window.startMonth - series.startMonth);
  const to = window === null ? length : Math.min(length, window.endMonth - series.startMonth);
  const flags: MonthFlag[] = [];
  for (let t = from; t < to; t++) flags.push(detectMonth(series, t, options));
  return flags;
}
