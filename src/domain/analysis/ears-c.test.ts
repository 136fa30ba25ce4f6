import { describe, expect, it } from 'vitest';
import type { EarsOptions } from './aberration-types';
import { earsHistoryMonths, testEarsMonth } from './ears-c';

const C1: EarsOptions = { method: 'C1', baseline: 7, alpha: 0.001, minSigma: 0 };
const C2: EarsOptions = { ...C1, method: 'C2' };
const C3: EarsOptions = { ...C1, method: 'C3', alpha: 0.025 };

describe('EARS C1, C2, C3 computed by hand from their definitions', () => {
  it('C1: mean + z·sd of the 7 months before', () => {
    // Baseline 3, 5, 4, 6, 5, 4, 7: mean 34/7 = 4.8571429; Σx² = 176, so the sample variance is
    // (176 − 34²/7) / 6 = 1.8095238 and sd = 1.3451854. z = Φ⁻¹(0.999) = 3.0902323.
    // Threshold = 4.8571429 + 3.0902323 × 1.3451854 = 9.0140783; 12 is above it.
    const r = testEarsMonth([3, 5, 4, 6, 5, 4, 7, 12], 7, C1);
    expect(r.expected).toBeCloseTo(34 / 7, 10);
    expect(r.threshold).toBeCloseTo(9.0140783, 6);
    expect(r.statistic).toBeCloseTo((12 - 34 / 7) / 1.3451854, 6);
    expect(r.score).toBeCloseTo((12 - 34 / 7) / (9.0140783 - 34 / 7), 6);
    expect(r.flagged).toBe(true);
    expect(testEarsMonth([3, 5, 4, 6, 5, 4, 7, 9], 7, C1).flagged).toBe(false);
  });

  it('C2 skips a two-month guard band, so a surge does not hide itself', () => {
    const counts = [3, 5, 4, 6, 5, 4, 7, 100, 100, 12];
    // C2 at month 9 uses months 0–6: the same baseline as above.
    const c2 = testEarsMonth(counts, 9, C2);
    expect(c2.threshold).toBeCloseTo(9.0140783, 6);
    expect(c2.flagged).toBe(true);
    // C1 at month 9 has the two 100s in its baseline and misses the 12.
    expect(testEarsMonth(counts, 9, C1).flagged).toBe(false);
  });

  it('C3 sums the C2 excesses over one sd of three months', () => {
    // C2 baselines: months 0–6 (4,6,4,6,4,6,4: mean 4.8571429, sd 1.0690450) for month 9 and 11,
    // months 1–7 (6,4,…: mean 5.1428571, same sd) for month 10.
    // Months 9 and 10 at 6: C2 = 1.0690450 and 0.8017837 → past excess 0.0690450.
    // Threshold for month 11: 4.8571429 + 1.0690450 × (1 + 1.9599640 − 0.0690450) = 7.9476653.
    const base = [4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 6];
    const r = testEarsMonth([...base, 8], 11, C3);
    expect(r.threshold).toBeCloseTo(7.9476653, 6);
    expect(r.statistic).toBeCloseTo(2.0089186, 6);
    expect(r.flagged).toBe(true);
    expect(testEarsMonth([...base, 7], 11, C3).flagged).toBe(false);
    // When the two previous months alone pass z, every count is flagged: no threshold to show.
    const high = testEarsMonth([4, 6, 4, 6, 4, 6, 4, 6, 4, 9, 9, 0], 11, C3);
    expect(high).toMatchObject({ flagged: true, threshold: null, score: null });
  });

  it('floors the standard deviation at minSigma', () => {
    const flat = [5, 5, 5, 5, 5, 5, 5, 6];
    expect(testEarsMonth(flat, 7, C1)).toMatchObject({ threshold: 5, flagged: true, score: null });
    expect(testEarsMonth(flat, 7, { ...C1, minSigma: 1 })).toMatchObject({ flagged: false });
  });

  it('states "not enough history" before the baseline is complete', () => {
    expect(earsHistoryMonths(C1)).toBe(7);
    expect(earsHistoryMonths(C2)).toBe(9);
    expect(earsHistoryMonths(C3)).toBe(11);
    expect(testEarsMonth([1, 2, 3, 4, 5, 6, 7], 6, C1).status).toBe('not-enough-history');
    expect(testEarsMonth([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9, C3).status).toBe('not-enough-history');
    // Fewer than 3 observed baseline months is not a baseline either.
    const sparse = [Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, 2, 3, 9];
    expect(testEarsMonth(sparse, 7, C1).status).toBe('not-enough-history');
  });
});
