// Sensitivity and false-alarm rate of the early-warning flags on synthetic seasonal series with injected
// surges, per number of years of history. Used by the validation test and docs/analysis.md.
import type { EpochMonth } from '../epoch-day';
import type { AberrationTest } from './aberration-types';
import { DEFAULT_DETECTION_OPTIONS, detectAberrations, type DetectionOptions } from './detect-aberrations';
import { createRng, makeSurgeSeries } from './synthetic-counts';

export interface ValidationScenario {
  readonly seriesCount: number;
  readonly seed: number;
  /** Surge size in baseline standard deviations. */
  readonly surgeSd: number;
  readonly historySurgeProbability: number;
  readonly evaluationSurgeProbability: number;
}

export const DEFAULT_SCENARIO: ValidationScenario = Object.freeze({
  seriesCount: 150,
  seed: 20130330,
  surgeSd: 3,
  historySurgeProbability: 0.04,
  evaluationSurgeProbability: 0.2,
});

export interface DetectionRates {
  readonly yearsOfHistory: number;
  /** Flagged surge months / surge months tested. */
  readonly sensitivity: number;
  /** Flagged months without a surge / months without a surge tested. */
  readonly falseAlarmRate: number;
  /** Share of evaluation months where no test could run (stated as "not enough history"). */
  readonly notTestedShare: number;
  readonly surgeMonths: number;
  readonly quietMonths: number;
  /** Which tests ran, with how many months each. */
  readonly tests: Readonly<Partial<Record<AberrationTest, number>>>;
}

/**
 * Simulates `scenario.seriesCount` series with `years` years of history plus one evaluation year, and
 * scores the flags of the evaluation year. Each series draws its level (10–150 a month, log-uniform),
 * seasonal amplitude (0.2–0.8 on the log scale), peak month, trend (±10 % a year) and dispersion
 * (1, 1.5 or 3) from the seeded generator.
 */
export function measureDetectionRates(
  years: number,
  scenario: ValidationScenario = DEFAULT_SCENARIO,
  options: DetectionOptions = DEFAULT_DETECTION_OPTIONS,
): DetectionRates {
  const rng = createRng(scenario.seed + years * 7919);
  let surgeMonths = 0;
  let surgeFlagged = 0;
  let quietMonths = 0;
  let quietFlagged = 0;
  let notTested = 0;
  const tests: Partial<Record<AberrationTest, number>> = {};
  const evaluationStart = 12 * years;
  for (let s = 0; s < scenario.seriesCount; s++) {
    const series = makeSurgeSeries(rng, {
      months: evaluationStart + 12,
      evaluationStart,
      level: 10 * 15 ** rng(),
      amplitude: 0.2 + 0.6 * rng(),
      peakMonth: Math.floor(12 * rng()),
      trendPerYear: 0.2 * rng() - 0.1,
      dispersion: [1, 1.5, 3][Math.floor(3 * rng())] ?? 1,
      historySurgeProbability: scenario.historySurgeProbability,
      evaluationSurgeProbability: scenario.evaluationSurgeProbability,
      surgeSd: scenario.surgeSd,
    });
    const startMonth = 480 as EpochMonth; // 2010-01: any month works, the tests use indices
    const flags = detectAberrations({ startMonth, counts: series.counts }, options, {
      startMonth: (startMonth + evaluationStart) as EpochMonth,
      endMonth: (startMonth + evaluationStart + 12) as EpochMonth,
    });
    flags.forEach((flag, i) => {
      const surge = series.surge[evaluationStart + i] === 1;
      if (flag.test === null) {
        notTested++;
      } else {
        tests[flag.test] = (tests[flag.test] ?? 0) + 1;
      }
      if (surge) {
        surgeMonths++;
        if (flag.flagged) surgeFlagged++;
      } else {
        quietMonths++;
        if (flag.flagged) quietFlagged++;
      }
    });
  }
  const months = scenario.seriesCount * 12;
  return {
    yearsOfHistory: years,
    sensitivity: surgeFlagged / surgeMonths,
    falseAlarmRate: quietFlagged / quietMonths,
    notTestedShare: notTested / months,
    surgeMonths,
    quietMonths,
    tests,
  };
}
