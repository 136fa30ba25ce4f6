// What the main thread and the flags worker say to each other. The main thread posts the small monthly
// count series (a few hundred KB at most) and the window; the worker answers with the window's flags, each
// series named by its index in the set, so the main thread puts its own series objects back and the result
// is what flagsInWindow gives in one thread. Pure: the worker and the Node tests call the same functions.
import type { MonthFlag } from '@/domain/analysis/aberration-types';
import type { MonthWindow } from '@/domain/time-window';
import type { FlagSeriesSet } from './flag-series';
import { flagsInWindow, type WindowFlags } from './flags-in-window';

export interface FlagRequest {
  readonly requestId: number;
  /** Names the set for the worker's caches: the same set is posted again under the same id. */
  readonly setId: number;
  readonly set: FlagSeriesSet;
  readonly window: MonthWindow;
}

export interface FlagAnswer {
  readonly requestId: number;
  readonly perSeries: readonly { readonly seriesIndex: number; readonly months: readonly MonthFlag[] }[];
  readonly flagged: WindowFlags['flagged'];
  readonly skippedAllZero: number;
  readonly total: WindowFlags['total'];
  readonly firstTestableMonth: WindowFlags['firstTestableMonth'];
}

/** Sets kept by the worker (its verdicts are cached per series, so a set seen again costs nothing). */
export const KEPT_FLAG_SETS = 4;

/**
 * The worker's side: answers requests, keeping the last `keep` sets by id so that the verdicts cached on
 * their series survive between windows (a copied set would start with empty caches).
 */
export function makeFlagResponder(keep = KEPT_FLAG_SETS): (request: FlagRequest) => FlagAnswer {
  const sets = new Map<number, FlagSeriesSet>();
  return (request) => {
    let set = sets.get(request.setId);
    if (set === undefined) {
      set = request.set;
      sets.set(request.setId, set);
      for (const id of sets.keys()) if (sets.size > keep) sets.delete(id);
    } else {
      // Most recently used last, so the oldest is dropped first.
      sets.delete(request.setId);
      sets.set(request.setId, set);
    }
    const indexOf = new Map(set.series.map((series, index) => [series, index]));
    const flags = flagsInWindow(set, request.window);
    return {
      requestId: request.requestId,
      perSeries: flags.perSeries.map((s) => ({ seriesIndex: indexOf.get(s.series) ?? -1, months: s.months })),
      flagged: flags.flagged,
      skippedAllZero: flags.skippedAllZero,
      total: flags.total,
      firstTestableMonth: flags.firstTestableMonth,
    };
  };
}

/** The main thread's side: the answer as WindowFlags over the main thread's own series objects. */
export function readFlagAnswer(set: FlagSeriesSet, window: MonthWindow, answer: FlagAnswer): WindowFlags {
  const perSeries = answer.perSeries.map(({ seriesIndex, months }) => {
    const series = set.series[seriesIndex];
    if (series === undefined) throw new RangeError(`flags answer names series ${seriesIndex}`);
    return { series, months };
  });
  return {
    window,
    perSeries,
    flagged: answer.flagged,
    skippedAllZero: answer.skippedAllZero,
    total: answer.total,
    firstTestableMonth: answer.firstTestableMonth,
    coverage: set.coverage,
  };
}
