import { describe, expect, it } from 'vitest';
import { countCdf, countQuantile, countUpperTail } from './count-distributions';
import { normalQuantile, normalUpperTail } from './normal-quantile';
import { isStudentSignificant, logGamma, studentTwoSidedP } from './special-functions';

/** P(Y ≤ k) by summing the probability mass function term by term: an independent oracle. */
function cdfBySum(k: number, mean: number, dispersion: number): number {
  let p: number;
  let sum = 0;
  if (dispersion === 1) {
    p = Math.exp(-mean);
    for (let j = 0; j <= k; j++) {
      sum += p;
      p *= mean / (j + 1);
    }
    return sum;
  }
  const size = mean / (dispersion - 1);
  const prob = 1 / dispersion;
  p = prob ** size;
  for (let j = 0; j <= k; j++) {
    sum += p;
    p *= ((j + size) / (j + 1)) * (1 - prob);
  }
  return sum;
}

describe('normal distribution', () => {
  it('matches published quantiles to 1e-12', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 12);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalUpperTail(1.959963984540054)).toBeCloseTo(0.025, 14);
  });

  it('rejects probabilities outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});

describe('special functions', () => {
  it('log-gamma gives factorials', () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it("Student's t two-sided p-values match the t table", () => {
    // t(0.975; 10) = 2.228138852 and t(0.995; 4) = 4.604094871 from standard tables.
    expect(studentTwoSidedP(2.228138851986274, 10)).toBeCloseTo(0.05, 10);
    expect(studentTwoSidedP(-4.604094871415897, 4)).toBeCloseTo(0.01, 10);
    expect(studentTwoSidedP(0, 7)).toBeCloseTo(1, 12);
    expect(studentTwoSidedP(Number.NaN, 7)).toBe(1);
  });

  it('decides significance as the p-value does, on both sides of the table value', () => {
    // t(0.975; 10) = 2.228138852: just above is significant at 5 %, just below is not.
    expect(isStudentSignificant(2.2282, 10, 0.05)).toBe(true);
    expect(isStudentSignificant(-2.2282, 10, 0.05)).toBe(true);
    expect(isStudentSignificant(2.2281, 10, 0.05)).toBe(false);
    expect(isStudentSignificant(0, 10, 0.05)).toBe(false);
    expect(isStudentSignificant(Number.NaN, 10, 0.05)).toBe(false);
    expect(isStudentSignificant(Number.POSITIVE_INFINITY, 10, 0.05)).toBe(true);
    for (const df of [1, 2, 5, 13, 40, 120]) {
      for (let t = 0; t < 8; t += 0.0371) {
        expect(isStudentSignificant(t, df, 0.05)).toBe(studentTwoSidedP(t, df) < 0.05);
      }
    }
  });
});

describe('count distributions (negative binomial with variance φμ, Poisson at φ = 1)', () => {
  it('agree with a term-by-term sum of the probability mass function', () => {
    for (const [mean, dispersion] of [
      [5, 1],
      [5, 1.5],
      [37.2, 3],
      [0.4, 2],
      [120, 1],
    ] as const) {
      for (const k of [0, 1, 3, 10, 40, 150]) {
        expect(countCdf(k, mean, dispersion)).toBeCloseTo(cdfBySum(k, mean, dispersion), 12);
      }
    }
  });

  it("reproduce R's qnbinom / qpois / tail values from surveillance's own tests", () => {
    // surveillance tests/testthat/test-farringtonFlexible.R, threshold function "noufaily":
    // nbPlugin, μ = 5, φ = 1.5 → bounds (1, 10), P(Y ≥ 11) = 0.03763657.
    expect(countQuantile(0.05, 5, 1.5)).toBe(1);
    expect(countQuantile(0.95, 5, 1.5)).toBe(10);
    expect(countUpperTail(11, 5, 1.5)).toBeCloseTo(0.03763657, 8);
    // nbPlugin, φ = 1 (Poisson) → (2, 9), 0.01369527.
    expect(countQuantile(0.05, 5, 1)).toBe(2);
    expect(countQuantile(0.95, 5, 1)).toBe(9);
    expect(countUpperTail(11, 5, 1)).toBeCloseTo(0.01369527, 8);
    // muan: mean = exp(qnorm(0.95, log 5, log 2)) → (8, 24), 0.8597797 at φ = 1.5; (9, 22), 0.9093099 at φ = 1.
    const muan = Math.exp(Math.log(5) + normalQuantile(0.95) * Math.log(2));
    expect([countQuantile(0.05, muan, 1.5), countQuantile(0.95, muan, 1.5)]).toEqual([8, 24]);
    expect(countUpperTail(11, muan, 1.5)).toBeCloseTo(0.8597797, 7);
    expect([countQuantile(0.05, muan, 1), countQuantile(0.95, muan, 1)]).toEqual([9, 22]);
    expect(countUpperTail(11, muan, 1)).toBeCloseTo(0.9093099, 7);
  });

  it('returns the smallest k whose CDF reaches p, also for large means', () => {
    for (const [mean, dispersion] of [
      [3, 1],
      [250, 2.5],
      [20_000, 1],
      [20_000, 40],
    ] as const) {
      const k = countQuantile(0.99, mean, dispersion);
      expect(countCdf(k, mean, dispersion)).toBeGreaterThanOrEqual(0.99 * (1 - 1e-12));
      expect(countCdf(k - 1, mean, dispersion)).toBeLessThan(0.99);
    }
    expect(countQuantile(0.95, 0, 2)).toBe(0);
  });
});
