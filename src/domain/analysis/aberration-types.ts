// What the early-warning tests take (a monthly count series) and give back per month (the test named,
// its parameters, baseline, threshold, observed count, exceedance score and flag), as plain data.
import type { EpochMonth } from '../epoch-day';

/** A monthly count series: counts[i] is the count of month startMonth + i; NaN or negative = missing. */
export interface MonthlyCounts {
  readonly startMonth: EpochMonth;
  readonly counts: ArrayLike<number>;
}

export const ABERRATION_TESTS = ['farrington-flexible', 'ears-c1', 'ears-c2', 'ears-c3'] as const;
export type AberrationTest = (typeof ABERRATION_TESTS)[number];
export type EarsMethod = 'C1' | 'C2' | 'C3';

/** How the Farrington upper bound is computed (names as in R's surveillance::farringtonFlexible). */
export type FarringtonThresholdMethod = 'nbPlugin' | 'muan' | 'delta';

export interface FarringtonOptions {
  /** Years back for the reference months (R default 5). Fewer are used when the series is shorter. */
  readonly b: number;
  /** Half-window in months around the same month of each past year (R default 3, weekly data). */
  readonly w: number;
  /** Levels of the seasonal factor: the windows plus noPeriods − 1 blocks between them (1 = windows only). */
  readonly noPeriods: number;
  /**
   * Months before the tested one left out of the fit (the tested month is always out), so a surge that
   * is building up does not raise its own baseline; R's pastWeeksNotIncluded (default: w).
   */
  readonly pastMonthsExcluded: number;
  readonly reweight: boolean;
  /** Anscombe residuals above this are down-weighted as past outbreaks (2.58 in Noufaily et al.). */
  readonly weightsThreshold: number;
  /** One-sided level of the upper prediction bound. */
  readonly alpha: number;
  /** Fit a time trend and keep it when significant, extrapolation-safe and b ≥ 3 years. */
  readonly trend: boolean;
  readonly pThresholdTrend: number;
  /** No flag when fewer than limit54[0] counts were observed in the last limit54[1] months. */
  readonly limit54: readonly [cases: number, months: number];
  readonly thresholdMethod: FarringtonThresholdMethod;
}

export interface EarsOptions {
  readonly method: EarsMethod;
  /** Months in the moving baseline (R default 7). */
  readonly baseline: number;
  /** One-sided level; R default 0.001 for C1 and C2, 0.025 for C3. */
  readonly alpha: number;
  /** Floor for the baseline standard deviation, in counts. */
  readonly minSigma: number;
}

/** The parameters a result was computed with, shown beside the flag. */
export type TestParameters =
  | ({ readonly test: 'farrington-flexible'; readonly yearsUsed: number } & FarringtonOptions)
  | ({ readonly test: 'ears-c1' | 'ears-c2' | 'ears-c3' } & EarsOptions);

/**
 * tested: a test ran (flagged says whether the month is above its threshold);
 * not-enough-history: no test has the data it needs for this month (never read as "no aberration");
 * too-few-counts: Farrington's limit54 rule: too few counts in the last months to raise a flag (no
 *   baseline or threshold is computed, as in R);
 * missing: the month itself has no value;
 * no-fit: the model could not be fitted (rank deficient or not converging).
 */
export type FlagStatus = 'tested' | 'not-enough-history' | 'too-few-counts' | 'missing' | 'no-fit';

export interface MonthFlag {
  readonly month: EpochMonth;
  readonly status: FlagStatus;
  /** The test that ran, or null when none could. */
  readonly test: AberrationTest | null;
  readonly parameters: TestParameters | null;
  /** Observed count (NaN when missing). */
  readonly observed: number;
  /** Baseline: the expected count for the month. */
  readonly expected: number | null;
  /** Upper bound: counts above it are flagged. */
  readonly threshold: number | null;
  /**
   * How far above: (observed − expected) / (threshold − expected); above 1 means above the threshold.
   * Null when threshold = expected (a flat baseline), where the ratio is undefined.
   */
  readonly score: number | null;
  readonly flagged: boolean;
  /** Farrington only: P(Y ≥ observed) under the prediction distribution. */
  readonly tailProbability: number | null;
  /** Farrington only: the dispersion φ used (≥ 1), and the yearly trend factor exp(β·12) when kept. */
  readonly dispersion: number | null;
  readonly trendPerYear: number | null;
}

/** R's surveillance::farringtonFlexible defaults, for reference (designed for weekly data). */
export const FARRINGTON_R_DEFAULTS: FarringtonOptions = Object.freeze({
  b: 5,
  w: 3,
  noPeriods: 1,
  pastMonthsExcluded: 3,
  reweight: true,
  weightsThreshold: 2.58,
  alpha: 0.05,
  trend: true,
  pThresholdTrend: 0.05,
  limit54: [5, 4] as const,
  thresholdMethod: 'delta',
});
