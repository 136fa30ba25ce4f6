// What the main thread and the flags worker say to each other. The main thread posts the table once (a
// copy: the worker takes the monthly series from its own cube), then per request only the filter lists,
// the measure and the window; the worker answers with the series set the first time it is asked for it,
// and the window's flags as references (series index, month index) plus only the verdicts it has not sent
// before for that set, which the main thread keeps. A brush step then moves one new verdict per series
// across, not the window's thousands, and the result is what flagsInWindow gives on the main thread's
// copy of the set. Pure: the worker and the Node tests call the same functions.
import type { MonthFlag, TestParameters } from '@/domain/analysis/aberration-types';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MonthWindow } from '@/domain/time-window';
import type { MapMeasure } from '@/domain/view-options';
import { makeFlagSeries, type FlagSeriesSet } from './flag-series';
import { flagsInWindow, type FlaggedMonth, type WindowFlags } from './flags-in-window';

/** The filters the series depend on (the time window is the request's own). */
export type FlagFilters = Omit<EventFilters, 'timeRange'>;

export interface FlagRequest {
  readonly requestId: number;
  readonly tableId: number;
  /** The table, when the worker does not hold it yet (it keeps the last one sent). */
  readonly table: EventTable | null;
  readonly filters: FlagFilters;
  readonly measure: MapMeasure;
  readonly window: MonthWindow;
}

/** A verdict by position: series index in the set, month index in the series. */
export interface FlagRef {
  readonly seriesIndex: number;
  readonly t: number;
}

export interface FlagAnswer {
  readonly requestId: number;
  /** Names the series set (table, measure and filter lists). */
  readonly setKey: string;
  /** The set, when it was not sent before under setKey. */
  readonly set: FlagSeriesSet | null;
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

/** Series sets the worker keeps; the main thread keeps more (a superset: both drop the least recent). */
export const WORKER_FLAG_SETS = 4;
export const MAIN_FLAG_SETS = 8;

export function flagSetKey(tableId: number, filters: FlagFilters, measure: MapMeasure): string {
  const { kinds, routes, nationalities, outcomes, sites } = filters;
  return JSON.stringify([tableId, measure, kinds, routes, nationalities, outcomes, sites]);
}

/** Moves `key` to the most recent end of an insertion-ordered map and drops the oldest past `keep`. */
function touch<V>(map: Map<string, V>, key: string, value: V, keep: number): void {
  map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) if (map.size > keep) map.delete(old);
}

interface WorkerSet {
  readonly set: FlagSeriesSet;
  readonly indexOf: ReadonlyMap<string, number>;
  /** Verdicts already sent, by seriesIndex * monthCount + t. */
  readonly sent: Set<number>;
}

const seriesName = (dimension: string, key: string): string => `${dimension}\u0000${key}`;

/**
 * The worker's side: answers requests, keeping the last table it was sent and the last `keep` series sets
 * with their verdicts (cached on their series, so a window seen again costs nothing) and what was sent.
 */
export function makeFlagResponder(keep = WORKER_FLAG_SETS): (request: FlagRequest) => FlagAnswer {
  let held: { readonly id: number; readonly table: EventTable } | null = null;
  const sets = new Map<string, WorkerSet>();
  // One parameters object per distinct parameters: postMessage copies an object shared by several verdicts
  // once, so an answer of 16,000 verdicts (91 series × 180 months) carries a handful of parameter objects
  // instead of one each, and the main thread decodes and keeps that much less.
  const parameters = new Map<string, TestParameters>();
  const shareParameters = (flag: MonthFlag): MonthFlag => {
    if (flag.parameters === null) return flag;
    const key = JSON.stringify(flag.parameters);
    const shared = parameters.get(key) ?? flag.parameters;
    parameters.set(key, shared);
    return shared === flag.parameters ? flag : { ...flag, parameters: shared };
  };
  return (request) => {
    if (request.table !== null) held = { id: request.tableId, table: request.table };
    if (held === null || held.id !== request.tableId)
      throw new Error(`flags worker does not hold table ${request.tableId}`);
    const setKey = flagSetKey(request.tableId, request.filters, request.measure);
    let kept = sets.get(setKey);
    const isNew = kept === undefined;
    if (kept === undefined) {
      const set = makeFlagSeries(held.table, { ...request.filters, timeRange: null }, request.measure);
      kept = {
        set,
        indexOf: new Map(set.series.map((s, index) => [seriesName(s.dimension, s.key), index])),
        sent: new Set(),
      };
    }
    touch(sets, setKey, kept, keep);

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
        newFlags.push({ seriesIndex, t: from + i, flag: shareParameters(flag) });
      });
    }
    return {
      requestId: request.requestId,
      setKey,
      set: isNew ? set : null,
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

interface MainSet {
  readonly set: FlagSeriesSet;
  /** Verdicts received, by seriesIndex * monthCount + t. */
  readonly known: Map<number, MonthFlag>;
}

/**
 * The main thread's side: keeps the sets and verdicts the answers bring (every answer must be read, also
 * one nobody waits for any more: the worker does not send them again), and reads an answer as
 * WindowFlags over the main thread's copy of the set.
 */
export function makeFlagReader(
  keep = MAIN_FLAG_SETS,
): (window: MonthWindow, answer: FlagAnswer) => WindowFlags {
  const sets = new Map<string, MainSet>();
  return (window, answer) => {
    const kept: MainSet | undefined =
      answer.set !== null ? { set: answer.set, known: new Map() } : sets.get(answer.setKey);
    if (kept === undefined) throw new RangeError(`flags answer names an unknown set ${answer.setKey}`);
    touch(sets, answer.setKey, kept, keep);
    const { set, known } = kept;
    for (const { seriesIndex, t, flag } of answer.newFlags) known.set(seriesIndex * set.monthCount + t, flag);
    // By index and month, not by a reference object: a brush step reads tens of thousands of verdicts.
    const verdict = (seriesIndex: number, t: number): MonthFlag => {
      const flag = known.get(seriesIndex * set.monthCount + t);
      if (flag === undefined)
        throw new RangeError(`flags answer names an unknown verdict ${seriesIndex}/${t}`);
      return flag;
    };
    const seriesAt = (seriesIndex: number) => {
      const series = set.series[seriesIndex];
      if (series === undefined) throw new RangeError(`flags answer names series ${seriesIndex}`);
      return series;
    };
    const perSeries = answer.seriesIndices.map((seriesIndex) => {
      const months: MonthFlag[] = [];
      for (let t = answer.from; t < answer.to; t++) months.push(verdict(seriesIndex, t));
      return { series: seriesAt(seriesIndex), months };
    });
    const flagged = answer.flagged.map((ref): FlaggedMonth => {
      const series = seriesAt(ref.seriesIndex);
      return { dimension: series.dimension, key: series.key, flag: verdict(ref.seriesIndex, ref.t) };
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
  };
}
