// What the main thread and the flags worker say to each other. The main thread posts the small monthly
// count series (a few hundred KB at most) and the window; the worker answers with the window's flags as
// references (series index, month index) plus only the verdicts it has not sent before for that set, which
// the main thread keeps. A brush step then moves one new verdict per series across, not the whole window's
// thousands, and the result is what flagsInWindow gives in one thread, over the main thread's own series.
// Pure: the worker and the Node tests call the same functions.
import type { MonthFlag } from '@/domain/analysis/aberration-types';
import type { MonthWindow } from '@/domain/time-window';
import type { FlagSeriesSet } from './flag-series';
import { flagsInWindow, type FlaggedMonth, type WindowFlags } from './flags-in-window';

export interface FlagRequest {
  readonly requestId: number;
  /** Names the set for the worker's caches: the same set is posted again under the same id. */
  readonly setId: number;
  readonly set: FlagSeriesSet;
  readonly window: MonthWindow;
}

/** A verdict by position: series index in the set, month index in the series. */
export interface FlagRef {
  readonly seriesIndex: number;
  readonly t: number;
}

export interface FlagAnswer {
  readonly requestId: number;
  readonly setId: number;
  /** Verdicts not sent before for this set. */
  readonly newFlags: readonly (FlagRef & { readonly flag: MonthFlag })[];
  /** Series tested in the window (each over the months [from, to) of the answer). */
  readonly seriesIndices: readonly number[];
  readonly from: number;
  readonly to: number;
  readonly flagged: readonly FlagRef[];
  readonly skippedAllZero: number;
  readonly total: WindowFlags['total'];
  readonly firstTestableMonth: WindowFlags['firstTestableMonth'];
}

/** Verdicts the main thread has received for one set, by seriesIndex * monthCount + t. */
export type KnownFlags = Map<number, MonthFlag>;

/** Sets kept by the worker (its verdicts are cached per series, so a set seen again costs nothing). */
export const KEPT_FLAG_SETS = 4;

interface KeptSet {
  readonly set: FlagSeriesSet;
  readonly indexOf: ReadonlyMap<string, number>;
  /** Verdicts already sent, by seriesIndex * monthCount + t. */
  readonly sent: Set<number>;
}

const seriesName = (dimension: string, key: string): string => `${dimension}\u0000${key}`;

/**
 * The worker's side: answers requests, keeping the last `keep` sets by id so that the verdicts cached on
 * their series survive between windows (a copied set would start with empty caches), and what was sent.
 */
export function makeFlagResponder(keep = KEPT_FLAG_SETS): (request: FlagRequest) => FlagAnswer {
  const sets = new Map<number, KeptSet>();
  return (request) => {
    let kept = sets.get(request.setId);
    if (kept === undefined) {
      const set = request.set;
      kept = {
        set,
        indexOf: new Map(set.series.map((s, index) => [seriesName(s.dimension, s.key), index])),
        sent: new Set(),
      };
    }
    // Most recently used last, so the oldest is dropped first.
    sets.delete(request.setId);
    sets.set(request.setId, kept);
    for (const id of sets.keys()) if (sets.size > keep) sets.delete(id);

    const { set, indexOf, sent } = kept;
    const flags = flagsInWindow(set, request.window);
    const from = Math.max(0, request.window.startMonth - set.firstMonth);
    const to = Math.min(set.monthCount, request.window.endMonth - set.firstMonth);
    const newFlags: (FlagRef & { flag: MonthFlag })[] = [];
    const seriesIndices: number[] = [];
    for (const { series, months } of flags.perSeries) {
      const seriesIndex = indexOf.get(seriesName(series.dimension, series.key)) ?? -1;
      seriesIndices.push(seriesIndex);
      months.forEach((flag, i) => {
        const id = seriesIndex * set.monthCount + from + i;
        if (sent.has(id)) return;
        sent.add(id);
        newFlags.push({ seriesIndex, t: from + i, flag });
      });
    }
    return {
      requestId: request.requestId,
      setId: request.setId,
      newFlags,
      seriesIndices,
      from,
      to,
      flagged: flags.flagged.map((f) => ({
        seriesIndex: indexOf.get(seriesName(f.dimension, f.key)) ?? -1,
        t: f.flag.month - set.firstMonth,
      })),
      skippedAllZero: flags.skippedAllZero,
      total: flags.total,
      firstTestableMonth: flags.firstTestableMonth,
    };
  };
}

/**
 * The main thread's side: keeps the answer's new verdicts in `known` (also for an answer nobody waits
 * for any more: the worker will not send them again), and reads the answer as WindowFlags over the main
 * thread's own series objects.
 */
export function readFlagAnswer(
  set: FlagSeriesSet,
  window: MonthWindow,
  answer: FlagAnswer,
  known: KnownFlags,
): WindowFlags {
  for (const { seriesIndex, t, flag } of answer.newFlags) known.set(seriesIndex * set.monthCount + t, flag);
  const verdict = ({ seriesIndex, t }: FlagRef): MonthFlag => {
    const flag = known.get(seriesIndex * set.monthCount + t);
    if (flag === undefined) throw new RangeError(`flags answer names an unknown verdict ${seriesIndex}/${t}`);
    return flag;
  };
  const seriesAt = (seriesIndex: number) => {
    const series = set.series[seriesIndex];
    if (series === undefined) throw new RangeError(`flags answer names series ${seriesIndex}`);
    return series;
  };
  const perSeries = answer.seriesIndices.map((seriesIndex) => {
    const months: MonthFlag[] = [];
    for (let t = answer.from; t < answer.to; t++) months.push(verdict({ seriesIndex, t }));
    return { series: seriesAt(seriesIndex), months };
  });
  const flagged = answer.flagged.map((ref): FlaggedMonth => {
    const series = seriesAt(ref.seriesIndex);
    return { dimension: series.dimension, key: series.key, flag: verdict(ref) };
  });
  return {
    window,
    perSeries,
    flagged,
    skippedAllZero: answer.skippedAllZero,
    total: answer.total,
    firstTestableMonth: answer.firstTestableMonth,
    coverage: set.coverage,
  };
}
