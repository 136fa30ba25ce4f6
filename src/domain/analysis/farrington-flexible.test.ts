import { describe, expect, it } from 'vitest';
import { FARRINGTON_R_DEFAULTS, type FarringtonOptions } from './aberration-types';
import { DEFAULT_DETECTION_OPTIONS } from './detect-aberrations';
import { farringtonBound, outbreakWeights, testFarringtonMonth } from './farrington-flexible';
import { buildFarringtonReference } from './farrington-reference';

const MONTHLY: FarringtonOptions = DEFAULT_DETECTION_OPTIONS.farrington;
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('Farrington reference months', () => {
  const counts = new Array<number>(40).fill(10);

  it('takes ±w around the same month of each past year, and seasonal blocks between the windows', () => {
    // t = 30, two years, w = 1, four levels: the 9 months between windows split into 3 blocks of 3.
    const ref = buildFarringtonReference(counts, 30, 2, 1, 4, 3);
    expect([...ref.index]).toEqual(range(5, 26));
    expect([...ref.level]).toEqual([4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1, 2, 2, 2, 3]);
    // Time is in years before the tested month.
    expect(ref.timeYears[0]).toBeCloseTo(-25 / 12, 12);
  });

  it('uses the windows only with one level, and never the tested month or the excluded recent months', () => {
    const ref = buildFarringtonReference(counts, 30, 2, 1, 1, 1);
    expect([...ref.index]).toEqual([5, 6, 7, 17, 18, 19]);
    expect(buildFarringtonReference(counts, 30, 2, 1, 4, 1).index.includes(29)).toBe(false);
  });

  it('gives the remainder of an uneven split to the first blocks, and skips missing months', () => {
    const holes = counts.slice();
    holes[9] = Number.NaN;
    const ref = buildFarringtonReference(holes, 30, 2, 1, 5, 3);
    // 9 months into 4 blocks: lengths 3, 2, 2, 2; index 9 (a level-1 month) is missing.
    expect([...ref.level.slice(0, 11)]).toEqual([5, 5, 5, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(ref.index.includes(9)).toBe(false);
  });

  it('refuses a month without the years it is asked to use', () => {
    expect(() => buildFarringtonReference(counts, 20, 2, 1, 1, 1)).toThrow(RangeError);
  });
});

describe('Farrington weights and bounds (values from R surveillance tests)', () => {
  it('down-weights residuals above the threshold by s⁻², normalised to sum to n', () => {
    // R: s = (0,0,0,0,0,2,2,2,2,2), threshold 0 → γ = 10 / (5 + 5/4) = 1.6; weights 1.6 and 1.6/4 = 0.4.
    const w = outbreakWeights(Float64Array.from([0, 0, 0, 0, 0, 2, 2, 2, 2, 2]), 0);
    expect([...w].map((x) => Number(x.toFixed(12)))).toEqual([
      1.6, 1.6, 1.6, 1.6, 1.6, 0.4, 0.4, 0.4, 0.4, 0.4,
    ]);
    expect([...outbreakWeights(new Float64Array(10), 0)]).toEqual(new Array(10).fill(1));
  });

  it("delta (2/3 power) bound: R's algo.farrington.threshold.farrington example", () => {
    // predFit = 5, se.fit = 0.2 (response scale, so 0.04 on the log scale), φ = 1, α = 0.05, y = 8:
    // upper 9.1154825, P = 0.1094727, score 0.7289546.
    const bound = farringtonBound(Math.log(5), 0.2 / 5, 1, 8, { alpha: 0.05, thresholdMethod: 'delta' });
    expect(bound?.threshold).toBeCloseTo(9.1154825, 6);
    expect(bound?.tailProbability).toBeCloseTo(0.1094727, 6);
    const score = (8 - 5) / ((bound?.threshold ?? 0) - 5);
    expect(score).toBeCloseTo(0.7289546, 6);
  });

  it("negative binomial bounds: R's algo.farrington.threshold.noufaily examples", () => {
    // η0 = log 5, se(η0) = log 2, y = 11: nbPlugin φ = 1.5 → 10; muan φ = 1.5 → 24; muan φ = 1 → 22.
    expect(
      farringtonBound(Math.log(5), Math.LN2, 1.5, 11, { alpha: 0.05, thresholdMethod: 'nbPlugin' }),
    ).toMatchObject({
      threshold: 10,
    });
    const muan = farringtonBound(Math.log(5), Math.LN2, 1.5, 11, { alpha: 0.05, thresholdMethod: 'muan' });
    expect(muan?.threshold).toBe(24);
    expect(muan?.tailProbability).toBeCloseTo(0.8597797, 6);
    expect(
      farringtonBound(Math.log(5), Math.LN2, 1, 11, { alpha: 0.05, thresholdMethod: 'muan' })?.threshold,
    ).toBe(22);
  });
});

describe('Farrington test on hand-checkable series', () => {
  it('a constant series: baseline 10, bound = the Poisson 95 % quantile 15, flag above it', () => {
    const counts = new Array<number>(40).fill(10);
    counts[39] = 16;
    const r = testFarringtonMonth(counts, 39, 3, MONTHLY);
    // Residuals are 0, so φ = max(0, 1) = 1 (Poisson); the trend coefficient 0 is not significant.
    expect(r.expected).toBeCloseTo(10, 6);
    expect(r.dispersion).toBe(1);
    expect(r.threshold).toBe(15);
    expect(r.flagged).toBe(true);
    expect(r.score).toBeCloseTo(6 / 5, 6);
    // P(Y ≥ 16 | Poisson(10)) = 0.0487404.
    expect(r.tailProbability).toBeCloseTo(0.0487404033, 6);
    expect(r.trendPerYear).toBeNull();
    counts[39] = 15;
    expect(testFarringtonMonth(counts, 39, 3, MONTHLY).flagged).toBe(false);
  });

  it('a seasonal series: the window level has its own mean (20 in the season, 5 outside)', () => {
    // The season is the tested month of year and its neighbours (w = 1): months 2, 3, 4 of each year.
    const counts = Array.from({ length: 52 }, (_, t) => ([2, 3, 4].includes(t % 12) ? 20 : 5));
    const r = testFarringtonMonth(counts, 51, 4, MONTHLY);
    expect(r.expected).toBeCloseTo(20, 6);
    expect(r.threshold).toBe(28); // qpois(0.95, 20)
    expect(r.flagged).toBe(false);
    const withoutSeason = testFarringtonMonth(counts, 51, 4, { ...MONTHLY, noPeriods: 1 });
    expect(withoutSeason.expected).toBeCloseTo(20, 6); // windows only: the same months
  });

  it('down-weights a past outbreak in the reference months', () => {
    const counts = Array.from({ length: 64 }, (_, t): number => (t % 2 === 0 ? 9 : 11));
    counts[63 - 24] = 80; // the same month two years earlier
    const down = testFarringtonMonth(counts, 63, 5, MONTHLY);
    const kept = testFarringtonMonth(counts, 63, 5, { ...MONTHLY, reweight: false });
    expect(kept.expected ?? 0).toBeGreaterThan((down.expected ?? 0) + 1);
    expect(Math.abs((down.expected ?? 0) - 10)).toBeLessThan(1);
  });

  it('keeps a significant falling trend, and drops a rising one that would extrapolate', () => {
    const falling = Array.from({ length: 72 }, (_, t) => Math.round(200 * 0.8 ** (t / 12)));
    const r = testFarringtonMonth(falling, 71, 5, MONTHLY);
    expect(r.trendPerYear).toBeCloseTo(0.8, 2);
    expect(Math.abs((r.expected ?? 0) - 200 * 0.8 ** (71 / 12))).toBeLessThan(0.5);
    // Rising: the prediction exceeds every reference count, which Farrington's rule forbids.
    const rising = Array.from({ length: 72 }, (_, t) => Math.round(20 * 1.25 ** (t / 12)));
    expect(testFarringtonMonth(rising, 71, 5, MONTHLY).trendPerYear).toBeNull();
    // A trend needs at least 3 years.
    expect(testFarringtonMonth(falling, 71, 2, MONTHLY).trendPerYear).toBeNull();
  });

  it('raises no flag on too few counts (limit54: fewer than 5 in the last 4 months)', () => {
    const counts = new Array<number>(40).fill(0);
    counts[39] = 3;
    const r = testFarringtonMonth(counts, 39, 3, MONTHLY);
    // As in R, no bound is computed then (R's upperbound is NA).
    expect(r).toMatchObject({ status: 'too-few-counts', expected: null, threshold: null, flagged: false });
    counts[39] = 5;
    expect(testFarringtonMonth(counts, 39, 3, MONTHLY)).toMatchObject({
      status: 'tested',
      expected: 0,
      threshold: 0,
      flagged: true,
    });
  });

  it('gives no fit when every window month of the past years is missing', () => {
    // Months 0–2 of every year are missing.
    const counts = Array.from({ length: 40 }, (_, t): number =>
      [0, 1, 2].includes(t % 12) ? Number.NaN : 10,
    );
    counts[37] = 12; // month 1 of year 4: its windows (months 0–2 of the earlier years) are all missing
    expect(testFarringtonMonth(counts, 37, 3, MONTHLY)).toMatchObject({ status: 'no-fit', flagged: false });
    // Month 3 of year 4 (index 39): months 3 and 4 of its windows are there.
    expect(testFarringtonMonth(counts, 39, 3, MONTHLY).status).toBe('tested');
  });

  it("runs with R's weekly-oriented defaults too (w = 3, windows only, delta bound)", () => {
    const counts = Array.from({ length: 70 }, (_, t) => 30 + (t % 5));
    const r = testFarringtonMonth(counts, 69, 5, FARRINGTON_R_DEFAULTS);
    expect(r.status).toBe('tested');
    expect(r.expected ?? 0).toBeGreaterThan(30);
    expect(r.expected ?? 0).toBeLessThan(34);
  });
});
