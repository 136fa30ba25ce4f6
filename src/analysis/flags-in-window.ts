// Early-warning flags for the months of the visible window: each kept series is tested month by month
// with detectMonth (the baselines use the whole series before the month). Results are cached per series
// and month, so moving the window by a month tests one new month per series. Pure.
import type { MonthFlag } from '@/domain/analysis/aberration-types';
import {
  DEFAULT_DETECTION_OPTIONS,
  detectMonth,
  validateDetectionOptions,
  type DetectionOptions,
} from '@/domain/analysis/detect-aberrations';
import type { EpochMonth } from '@/domain/epoch-day';
import type { MonthWindow } from '@/domain/time-window';
import type { FlagDimension, FlagSeries, FlagSeriesSet } from './flag-series';

export interface SeriesFlags {
  readonly series: FlagSeries;
  /** One per month of the window inside the data, in month order. */
  readonly months: readonly MonthFlag[];
}

export interface FlaggedMonth {
  readonly dimension: FlagDimension;
  readonly key: string;
  readonly flag: MonthFlag;
}

export interface WindowFlags {
  readonly window: MonthWindow;
  readonly perSeries: readonly SeriesFlags[];
  /** Flagged months of every series, in the order of compareFlagged (ties: month, dimension, key). */
  readonly flagged: readonly FlaggedMonth[];
  /** Series whose window months are all zero: not tested (nothing observed can be unusual). */
  readonly skippedAllZero: number;
  /** Months of the total series in the window, by status. */
  readonly total: Readonly<Record<MonthFlag['status'], number>> | null;
  /** The first month of the window for which some test can run on the total series, or null. */
  readonly firstTestableMonth: EpochMonth | null;
  /** Which series were kept for testing (the largest per dimension). */
  readonly coverage: FlagSeriesSet['coverage'];
}

const caches = new WeakMap<FlagSeries, WeakMap<DetectionOptions, Map<number, MonthFlag>>>();

function cachedMonth(
  series: FlagSeries,
  firstMonth: EpochMonth,
  t: number,
  options: DetectionOptions,
): MonthFlag {
  let byOptions = caches.get(series);
  if (byOptions === undefined) {
    byOptions = new WeakMap();
    caches.set(series, byOptions);
  }
  let months = byOptions.get(options);
  if (months === undefined) {
    months = new Map();
    byOptions.set(options, months);
  }
  let flag = months.get(t);
  if (flag === undefined) {
    flag = detectMonth({ startMonth: firstMonth, counts: series.counts }, t, options);
    months.set(t, flag);
  }
  return flag;
}

const DIMENSION_ORDER: Readonly<Record<FlagDimension, number>> = {
  total: 0,
  route: 1,
  site: 2,
  nationality: 3,
};

/**
 * Scored flags first, highest score first; then flags over a flat baseline (no score: e.g. a count after
 * months of zeros), largest count first.
 */
function compareFlagged(x: FlaggedMonth, y: FlaggedMonth): number {
  const sx = x.flag.score;
  const sy = y.flag.score;
  if (sx === null && sy !== null) return 1;
  if (sx !== null && sy === null) return -1;
  if (sx !== null && sy !== null && sx !== sy) return sy - sx;
  if (sx === null && x.flag.observed !== y.flag.observed) return y.flag.observed - x.flag.observed;
  if (x.flag.month !== y.flag.month) return x.flag.month - y.flag.month;
  if (x.dimension !== y.dimension) return DIMENSION_ORDER[x.dimension] - DIMENSION_ORDER[y.dimension];
  return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
}

function emptyStatusCounts(): Record<MonthFlag['status'], number> {
  return { tested: 0, 'not-enough-history': 0, 'too-few-counts': 0, missing: 0, 'no-fit': 0 };
}

export function flagsInWindow(
  set: FlagSeriesSet,
  window: MonthWindow,
  options: DetectionOptions = DEFAULT_DETECTION_OPTIONS,
): WindowFlags {
  validateDetectionOptions(options);
  const from = Math.max(0, window.startMonth - set.firstMonth);
  const to = Math.min(set.monthCount, window.endMonth - set.firstMonth);
  const perSeries: SeriesFlags[] = [];
  const flagged: FlaggedMonth[] = [];
  let skippedAllZero = 0;
  let total: Record<MonthFlag['status'], number> | null = null;
  let firstTestableMonth: EpochMonth | null = null;
  for (const series of set.series) {
    let any = false;
    for (let t = from; t < to && !any; t++) any = (series.counts[t] ?? 0) > 0;
    if (!any && series.dimension !== 'total') {
      skippedAllZero++;
      continue;
    }
    const months: MonthFlag[] = [];
    for (let t = from; t < to; t++) {
      const flag = cachedMonth(series, set.firstMonth, t, options);
      months.push(flag);
      if (flag.flagged) flagged.push({ dimension: series.dimension, key: series.key, flag });
    }
    if (series.dimension === 'total') {
      total = emptyStatusCounts();
      for (const f of months) {
        total[f.status]++;
        if (firstTestableMonth === null && f.status !== 'not-enough-history') firstTestableMonth = f.month;
      }
    }
    perSeries.push({ series, months });
  }
  flagged.sort(compareFlagged);
  return { window, perSeries, flagged, skippedAllZero, total, firstTestableMonth, coverage: set.coverage };
}

/** The flagged months of one dimension, or of all. */
export function flaggedInScope(flags: WindowFlags, scope: FlagDimension | 'all'): readonly FlaggedMonth[] {
  return scope === 'all' ? flags.flagged : flags.flagged.filter((f) => f.dimension === scope);
}
