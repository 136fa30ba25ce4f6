// The early-warning flags under small-count protection (threshold k): what of each flag may be shown,
// and the list's order. Pure.
//
// Why more than the observed count is hidden: a month is flagged only when observed > threshold, so an
// exact threshold beside "< k observed" narrows the hidden count to the whole numbers between the
// threshold and k (threshold 3.2, k = 5: it was 4). The baseline gives the threshold away through the
// bound's distribution (with the dispersion shown), the tail probability P(Y ≥ observed) gives the count
// away through the same distribution, and the distance above the threshold and the score are
// differences with it. So when the observed count is hidden, all of them are: the threshold and baseline
// (both necessarily below the hidden count, hence below k) are shown as "< k", the rest as "—".
// A baseline or threshold below k is shown as "< k" whatever the month's count: it is an average of
// reference months, and a value such as 1.3 beside zeros says how many the hidden months held.
// Hidden flags go after the shown ones, in month order: ordering them by score or count would rank the
// hidden counts against each other and against the shown ones.
import type { MonthFlag } from '@/domain/analysis/aberration-types';
import { isSmallCount } from '@/domain/analysis/protect-count';
import type { FlaggedMonth } from './flags-in-window';

/** One figure of a flag as it may be shown: its value, "< k", hidden ("—"), or not applicable. */
export type FlagFigure =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'below'; readonly k: number }
  | { readonly kind: 'hidden' }
  | { readonly kind: 'none' };

export interface ProtectedFlagFigures {
  /** True when the observed count is below k (and so every figure derived from it is hidden). */
  readonly observedHidden: boolean;
  readonly observed: FlagFigure;
  readonly expected: FlagFigure;
  readonly threshold: FlagFigure;
  /** Observed − threshold, in counts. */
  readonly above: FlagFigure;
  readonly score: FlagFigure;
  readonly tailProbability: FlagFigure;
}

const NONE: FlagFigure = { kind: 'none' };
const HIDDEN: FlagFigure = { kind: 'hidden' };

function valueOrNone(value: number | null): FlagFigure {
  return value === null ? NONE : { kind: 'value', value };
}

const DIMENSION_ORDER: Readonly<Record<FlaggedMonth['dimension'], number>> = {
  total: 0,
  route: 1,
  site: 2,
  nationality: 3,
};

/** A model value (baseline, threshold) below k is shown as "< k" under protection. */
function modelValue(value: number | null, k: number): FlagFigure {
  if (value === null) return NONE;
  return k >= 2 && value < k ? { kind: 'below', k } : { kind: 'value', value };
}

/** The figures of one flag as they may be shown under threshold k (k < 2: everything shown). */
export function protectFlagFigures(flag: MonthFlag, k: number): ProtectedFlagFigures {
  const observedHidden = isSmallCount(flag.observed, k);
  const above = flag.threshold === null ? null : flag.observed - flag.threshold;
  if (observedHidden) {
    const below: FlagFigure = { kind: 'below', k };
    return {
      observedHidden,
      observed: below,
      expected: flag.expected === null ? NONE : below,
      threshold: flag.threshold === null ? NONE : below,
      above: above === null ? NONE : HIDDEN,
      score: flag.score === null ? NONE : HIDDEN,
      tailProbability: flag.tailProbability === null ? NONE : HIDDEN,
    };
  }
  // The score and the tail probability each give the baseline back (the observed count and threshold
  // being shown), and the distance above gives the threshold back, so they go with what they reveal.
  const expectedBelow = k >= 2 && flag.expected !== null && flag.expected < k;
  const thresholdBelow = k >= 2 && flag.threshold !== null && flag.threshold < k;
  return {
    observedHidden,
    observed: { kind: 'value', value: flag.observed },
    expected: modelValue(flag.expected, k),
    threshold: modelValue(flag.threshold, k),
    above: above === null ? NONE : thresholdBelow ? HIDDEN : { kind: 'value', value: above },
    score: flag.score === null ? NONE : expectedBelow || thresholdBelow ? HIDDEN : valueOrNone(flag.score),
    tailProbability:
      flag.tailProbability === null ? NONE : expectedBelow ? HIDDEN : valueOrNone(flag.tailProbability),
  };
}

/**
 * The flagged months in the order the list shows them under threshold k: the shown ones in their own
 * order (by score, then count), then the hidden ones by month, dimension and key. k < 2: the input
 * order.
 */
export function orderProtectedFlags(flagged: readonly FlaggedMonth[], k: number): readonly FlaggedMonth[] {
  if (k < 2) return flagged;
  const shown = flagged.filter((f) => !isSmallCount(f.flag.observed, k));
  const hidden = flagged.filter((f) => isSmallCount(f.flag.observed, k));
  const byMonth = [...hidden].sort((x, y) => {
    if (x.flag.month !== y.flag.month) return x.flag.month - y.flag.month;
    if (x.dimension !== y.dimension) return DIMENSION_ORDER[x.dimension] - DIMENSION_ORDER[y.dimension];
    return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
  });
  return [...shown, ...byMonth];
}
