// Validation of the early-warning flags on seeded synthetic series (see docs/analysis.md for the table):
// fails if sensitivity drops below, or the false-alarm rate rises above, the stated bounds.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, measureDetectionRates } from './detection-validation';

/** [years of history, minimum sensitivity, maximum false-alarm rate]. */
const BOUNDS_3SD: readonly (readonly [number, number, number])[] = [
  [1, 0.18, 0.05],
  [2, 0.5, 0.065],
  [3, 0.58, 0.065],
  [4, 0.6, 0.065],
  [5, 0.62, 0.065],
  [6, 0.66, 0.065],
];
const BOUNDS_5SD: readonly (readonly [number, number, number])[] = [
  [1, 0.22, 0.05],
  [2, 0.75, 0.065],
  [3, 0.82, 0.065],
  [4, 0.85, 0.065],
  [5, 0.88, 0.065],
  [6, 0.88, 0.065],
];

describe('early-warning flags on synthetic seasonal series with injected surges', () => {
  it.each(BOUNDS_3SD)(
    'surges of 3 sd, %i year(s) of history: sensitivity ≥ %f, false alarms ≤ %f',
    (years, minSensitivity, maxFalseAlarms) => {
      const r = measureDetectionRates(years);
      expect(r.surgeMonths).toBeGreaterThan(300);
      expect(r.notTestedShare).toBe(0);
      expect(r.sensitivity).toBeGreaterThanOrEqual(minSensitivity);
      expect(r.falseAlarmRate).toBeLessThanOrEqual(maxFalseAlarms);
    },
  );

  it.each(BOUNDS_5SD)(
    'surges of 5 sd, %i year(s) of history: sensitivity ≥ %f, false alarms ≤ %f',
    (years, minSensitivity, maxFalseAlarms) => {
      const r = measureDetectionRates(years, { ...DEFAULT_SCENARIO, surgeSd: 5 });
      expect(r.sensitivity).toBeGreaterThanOrEqual(minSensitivity);
      expect(r.falseAlarmRate).toBeLessThanOrEqual(maxFalseAlarms);
    },
  );

  it('uses EARS C1 with one year of history and the Farrington test from two years on', () => {
    expect(measureDetectionRates(1).tests).toEqual({ 'ears-c1': 1800 });
    expect(measureDetectionRates(3).tests).toEqual({ 'farrington-flexible': 1800 });
  });

  it('is deterministic for a seed', () => {
    expect(measureDetectionRates(2, { ...DEFAULT_SCENARIO, seriesCount: 20 })).toEqual(
      measureDetectionRates(2, { ...DEFAULT_SCENARIO, seriesCount: 20 }),
    );
  });
});
