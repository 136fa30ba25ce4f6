// The timeline's window in whole months, and the pure moves made on it: shift, resize, playback steps.
// Months are EpochMonth numbers; windows are half-open [startMonth, endMonth).
import { epochDayToMonth, monthToEpochDay, type EpochDay, type EpochMonth } from './epoch-day';
import type { DayRange } from './event-filters';
import type { Granularity } from './time-buckets';

export interface MonthWindow {
  readonly startMonth: EpochMonth;
  readonly endMonth: EpochMonth;
}

/** Months the data cover: [firstMonth, endMonth). */
export type MonthBounds = MonthWindow;

export type WindowMode = 'moving' | 'cumulative';

/** Months moved by one step at a granularity. */
export function stepMonths(granularity: Granularity): number {
  return granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
}

/** Months moved by one large (Shift) step: a year of months, four quarters, four years. */
export function largeStepMonths(granularity: Granularity): number {
  return granularity === 'month' ? 12 : stepMonths(granularity) * 4;
}

export function windowLength(w: MonthWindow): number {
  return w.endMonth - w.startMonth;
}

/** The months a day range touches (a partial month counts whole); null → the whole bounds. */
export function windowFromRange(range: DayRange | null, bounds: MonthBounds): MonthWindow {
  if (range === null) return bounds;
  const startMonth = epochDayToMonth(range.startDay);
  const lastMonth = epochDayToMonth(Math.max(range.startDay, range.endDay - 1) as EpochDay);
  return { startMonth, endMonth: (lastMonth + 1) as EpochMonth };
}

export function rangeFromWindow(w: MonthWindow): DayRange {
  return { startDay: monthToEpochDay(w.startMonth), endDay: monthToEpochDay(w.endMonth) };
}

/** Moves the whole window by `delta` months, keeping its length and staying inside the bounds. */
export function shiftWindow(w: MonthWindow, delta: number, bounds: MonthBounds): MonthWindow {
  const length = Math.min(windowLength(w), windowLength(bounds));
  const start = Math.min(Math.max(w.startMonth + delta, bounds.startMonth), bounds.endMonth - length);
  return { startMonth: start as EpochMonth, endMonth: (start + length) as EpochMonth };
}

/** Moves one edge by `delta` months; the window keeps at least `minMonths` and stays inside the bounds. */
export function resizeWindow(
  w: MonthWindow,
  edge: 'start' | 'end',
  delta: number,
  bounds: MonthBounds,
  minMonths = 1,
): MonthWindow {
  if (edge === 'start') {
    const start = Math.min(Math.max(w.startMonth + delta, bounds.startMonth), w.endMonth - minMonths);
    return { startMonth: start as EpochMonth, endMonth: w.endMonth };
  }
  const end = Math.max(Math.min(w.endMonth + delta, bounds.endMonth), w.startMonth + minMonths);
  return { startMonth: w.startMonth, endMonth: end as EpochMonth };
}

/**
 * One playback step: a moving window slides by `step` months; a cumulative window keeps its start and
 * grows its end. At the end of the data the playback finishes, or with `loop` starts again from the
 * beginning (moving: the same length at the first month; cumulative: one step after the start).
 */
export function advancePlayback(
  w: MonthWindow,
  step: number,
  mode: WindowMode,
  bounds: MonthBounds,
  loop: boolean,
): { window: MonthWindow; finished: boolean } {
  if (w.endMonth >= bounds.endMonth) {
    if (!loop) return { window: w, finished: true };
    const restart: MonthWindow =
      mode === 'moving'
        ? {
            startMonth: bounds.startMonth,
            endMonth: (bounds.startMonth + Math.min(windowLength(w), windowLength(bounds))) as EpochMonth,
          }
        : { startMonth: w.startMonth, endMonth: (w.startMonth + step) as EpochMonth };
    return { window: restart, finished: false };
  }
  const next = mode === 'moving' ? shiftWindow(w, step, bounds) : resizeWindow(w, 'end', step, bounds);
  return { window: next, finished: false };
}
