import { describe, expect, it } from 'vitest';
import { epochDayToMonth, parseIsoDay, type EpochMonth } from '../epoch-day';
import { DEFAULT_DETECTION_OPTIONS, detectAberrations, validateDetectionOptions } from './detect-aberrations';

const month = (iso: string): EpochMonth => epochDayToMonth(parseIsoDay(`${iso}-01`));
const seasonal = (months: number): number[] =>
  Array.from({ length: months }, (_, t) => Math.round(40 + 15 * Math.cos((2 * Math.PI * t) / 12) + (t % 3)));

describe('detectAberrations: which test runs for which month', () => {
  const series = { startMonth: month('2015-01'), counts: seasonal(40) };
  const flags = detectAberrations(series);

  it('states "not enough history" for the first 7 months, then EARS C1, then Farrington from 2 years + w', () => {
    expect(flags).toHaveLength(40);
    expect(
      flags.slice(0, 7).every((f) => f.status === 'not-enough-history' && f.test === null && !f.flagged),
    ).toBe(true);
    // Farrington with 2 years needs t − 24 − w ≥ 0, i.e. t ≥ 25 for w = 1.
    expect(flags.slice(7, 25).every((f) => f.test === 'ears-c1')).toBe(true);
    expect(flags.slice(25).every((f) => f.test === 'farrington-flexible')).toBe(true);
    expect(flags[25]?.parameters).toMatchObject({ test: 'farrington-flexible', yearsUsed: 2, b: 5, w: 1 });
    expect(flags[39]?.parameters).toMatchObject({ yearsUsed: 3 });
    expect(flags[7]?.parameters).toMatchObject({ test: 'ears-c1', baseline: 7, alpha: 0.001 });
    expect(flags[0]?.month).toBe(month('2015-01'));
    expect(flags[39]?.month).toBe(month('2018-04'));
  });

  it('gives every tested month its baseline, threshold and observed count', () => {
    for (const f of flags.slice(7)) {
      expect(f.status).toBe('tested');
      expect(f.expected).not.toBeNull();
      expect(f.threshold).not.toBeNull();
      expect(f.flagged).toBe(f.observed > (f.threshold ?? Infinity));
    }
  });

  it('flags a surge on top of the season and leaves the ordinary months alone', () => {
    const counts = seasonal(72);
    counts[70] = (counts[70] ?? 0) + 60;
    const result = detectAberrations({ startMonth: month('2015-01'), counts });
    expect(result[70]?.flagged).toBe(true);
    expect(result[70]?.score ?? 0).toBeGreaterThan(1);
    expect(result.slice(25, 70).filter((f) => f.flagged)).toHaveLength(0);
  });

  it('tests only the months of a window, with baselines from the whole series', () => {
    const window = { startMonth: month('2017-06'), endMonth: month('2017-09') };
    const some = detectAberrations(series, DEFAULT_DETECTION_OPTIONS, window);
    expect(some.map((f) => f.month)).toEqual([month('2017-06'), month('2017-07'), month('2017-08')]);
    expect(some).toEqual(flags.slice(29, 32));
  });

  it('marks missing months as missing, and says "not enough history" without a fallback', () => {
    const counts = seasonal(30);
    counts[10] = Number.NaN;
    const result = detectAberrations({ startMonth: month('2015-01'), counts });
    expect(result[10]).toMatchObject({ status: 'missing', flagged: false });
    const noFallback = detectAberrations(
      { startMonth: month('2015-01'), counts },
      { ...DEFAULT_DETECTION_OPTIONS, fallback: null },
    );
    expect(noFallback[12]?.status).toBe('not-enough-history');
    expect(noFallback[29]?.test).toBe('farrington-flexible');
  });

  it('rejects impossible options with a message naming them', () => {
    const bad = {
      ...DEFAULT_DETECTION_OPTIONS,
      farrington: { ...DEFAULT_DETECTION_OPTIONS.farrington, noPeriods: 11 },
    };
    expect(() => validateDetectionOptions(bad)).toThrow(/noPeriods must be in 1..10/);
    expect(() => validateDetectionOptions({ ...DEFAULT_DETECTION_OPTIONS, minYears: 0 })).toThrow(/minYears/);
  });
});
