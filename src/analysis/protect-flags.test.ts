// Flags under small-count protection: a flagged month with a hidden count gives nothing away through
// its threshold, baseline, distance above, score or tail probability, and the list does not rank hidden
// counts. The attack tried: read every number the flag's words show and keep the counts below k that
// are consistent with them (a flagged month's count is above its threshold).
import { describe, expect, it } from 'vitest';
import type { MonthFlag } from '@/domain/analysis/aberration-types';
import { DEFAULT_DETECTION_OPTIONS, detectMonth } from '@/domain/analysis/detect-aberrations';
import type { EpochMonth } from '@/domain/epoch-day';
import { createFormatters } from '@/i18n/translate';
import { flagDetails, flagMeasureLine } from './flag-text';
import type { FlaggedMonth } from './flags-in-window';
import { orderProtectedFlags, protectFlagFigures } from './protect-flags';

const en = createFormatters('en');
const id = createFormatters('id');

/** A sparse site series (0–2 a month for five years) whose last month holds `last`. */
function sparseFlag(last: number): MonthFlag {
  const counts = Float64Array.from({ length: 60 }, (_, t) => [1, 0, 2, 1, 0, 1][t % 6] ?? 0);
  counts[57] = 1;
  counts[58] = 2;
  counts[59] = last;
  return detectMonth({ startMonth: 0 as EpochMonth, counts }, 59, DEFAULT_DETECTION_OPTIONS);
}

/** Every number written in a text (English or Indonesian decimals). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
}

/** The counts 1 … k − 1 an attacker cannot rule out: above every number shown below k. */
function candidates(text: string, k: number): number[] {
  const floor = Math.max(0, ...numbersIn(text).filter((n) => n < k));
  return Array.from({ length: k - 1 }, (_, i) => i + 1).filter((c) => c > floor);
}

describe('protectFlagFigures', () => {
  const flag = sparseFlag(3);
  const k = 4;

  it('uses a real flagged month whose count is below k and whose threshold alone would give it away', () => {
    expect(flag.flagged).toBe(true);
    expect(flag.observed).toBe(3);
    // The exact threshold (2) beside "< 4 observed" would leave only 3.
    expect(flag.threshold).toBe(2);
    expect(candidates(`< 4 observed; threshold ${String(flag.threshold)}`, k)).toEqual([3]);
  });

  it('shows "< k" for the count, threshold and baseline, and hides the distance, score and tail', () => {
    const shown = protectFlagFigures(flag, k);
    expect(shown.observedHidden).toBe(true);
    expect(shown.observed).toEqual({ kind: 'below', k });
    expect(shown.threshold).toEqual({ kind: 'below', k });
    expect(shown.expected).toEqual({ kind: 'below', k });
    expect([shown.above.kind, shown.score.kind, shown.tailProbability.kind]).toEqual([
      'hidden',
      'hidden',
      'hidden',
    ]);
  });

  it('leaves every count from 1 to k − 1 possible, in both languages', () => {
    for (const f of [en, id]) {
      const words = flagMeasureLine(flag, k, f);
      expect(words).toContain('< 4');
      expect(numbersIn(words).every((n) => n === k)).toBe(true);
      expect(candidates(words, k)).toEqual([1, 2, 3]);
    }
    // The tail probability P(Y ≥ 3) is shown without protection and would name the count.
    expect(flagDetails(flag, 0, en).join(' ')).toContain('P(Y ≥ observed)');
    expect(flagDetails(flag, k, en).join(' ')).not.toContain('P(Y ≥ observed)');
  });

  it('shows a count at or above k, but a baseline or threshold below k as "< k"', () => {
    const four = sparseFlag(4);
    expect(four.flagged).toBe(true);
    const line = flagMeasureLine(four, k, en);
    expect(line).toContain('4 observed');
    expect(line).toContain(`threshold < 4 (baseline < 4)`);
    // The distance above and the score would give the threshold and baseline back.
    expect(line).toContain('— above the threshold, score —');
    // Off: every figure exact.
    const off = protectFlagFigures(four, 0);
    expect(off.threshold).toEqual({ kind: 'value', value: four.threshold });
    expect(off.score).toEqual({ kind: 'value', value: four.score });
  });

  it('shows every figure of a month whose count, baseline and threshold are at least k', () => {
    const big: MonthFlag = { ...flag, observed: 40, expected: 12, threshold: 20, score: 3.5 };
    const shown = protectFlagFigures(big, 5);
    expect(shown.observed).toEqual({ kind: 'value', value: 40 });
    expect(shown.expected).toEqual({ kind: 'value', value: 12 });
    expect(shown.above).toEqual({ kind: 'value', value: 20 });
    expect(shown.score).toEqual({ kind: 'value', value: 3.5 });
  });
});

describe('orderProtectedFlags', () => {
  const base = sparseFlag(3);
  const at = (month: number, observed: number, score: number | null, key: string): FlaggedMonth => ({
    dimension: 'site',
    key,
    flag: { ...base, month: month as EpochMonth, observed, score },
  });
  // In the detector's order: by score, then flat-baseline flags by count.
  const flagged = [
    at(7, 30, 4, 'A'),
    at(8, 3, 3, 'B'),
    at(5, 4, 2, 'C'),
    at(9, 12, null, 'D'),
    at(8, 2, null, 'A'),
  ];

  it('puts the hidden counts last, by month then key, so they are not ranked', () => {
    expect(orderProtectedFlags(flagged, 5).map((f) => f.key)).toEqual(['A', 'D', 'C', 'A', 'B']);
    expect(
      orderProtectedFlags(flagged, 5)
        .slice(2)
        .map((f) => f.flag.month),
    ).toEqual([5, 8, 8]);
  });

  it('keeps the order when protection is off', () => {
    expect(orderProtectedFlags(flagged, 0)).toEqual(flagged);
  });
});
