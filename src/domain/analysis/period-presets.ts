// Presets that turn one window or one date into the two periods of a comparison (A = reference, earlier;
// B = compared). Day ranges and month windows are half-open, in UTC.
import { epochDayToMonth, formatEpochDay, toEpochDay, type EpochDay, type EpochMonth } from '../epoch-day';
import type { DayRange } from '../event-filters';
import type { MonthWindow } from '../time-window';

export interface PeriodPair<T> {
  readonly a: T;
  readonly b: T;
}

/** B = the window, A = the same calendar months a year earlier (they overlap when B is over 12 months). */
export function sameMonthsYearEarlier(window: MonthWindow): PeriodPair<MonthWindow> {
  return {
    a: { startMonth: (window.startMonth - 12) as EpochMonth, endMonth: (window.endMonth - 12) as EpochMonth },
    b: window,
  };
}

/** The same calendar day a year earlier; 29 February maps to 1 March (the day after 28 February). */
export function dayYearEarlier(day: EpochDay): EpochDay {
  const [year, month, dayOfMonth] = formatEpochDay(day).split('-').map(Number);
  const y = (year ?? 1970) - 1;
  const m = month ?? 1;
  const d = dayOfMonth ?? 1;
  const same = toEpochDay(y, m, d);
  return Number.isNaN(same) ? toEpochDay(y, 3, 1) : same;
}

/** B = the range, A = the same calendar days a year earlier. */
export function sameDaysYearEarlier(range: DayRange): PeriodPair<DayRange> {
  return { a: { startDay: dayYearEarlier(range.startDay), endDay: dayYearEarlier(range.endDay) }, b: range };
}

/**
 * A = the `lengthDays` days before `date`, B = `date` and the days after it, both of the same length.
 * With `bounds` (the data's days) the length shrinks so both periods fit inside; null when one of them
 * would be empty (the date at or outside an edge of the data).
 */
export function beforeAfterDate(
  date: EpochDay,
  lengthDays: number,
  bounds: DayRange | null = null,
): (PeriodPair<DayRange> & { readonly lengthDays: number }) | null {
  let length = Math.floor(lengthDays);
  if (bounds !== null) length = Math.min(length, date - bounds.startDay, bounds.endDay - date);
  if (!(length >= 1)) return null;
  return {
    a: { startDay: (date - length) as EpochDay, endDay: date },
    b: { startDay: date, endDay: (date + length) as EpochDay },
    lengthDays: length,
  };
}

/**
 * The month version: A = the `lengthMonths` months before the month of `date`, B = that month and the
 * ones after it (a date inside a month starts B at that month).
 */
export function beforeAfterMonth(
  date: EpochDay,
  lengthMonths: number,
  bounds: MonthWindow | null = null,
): (PeriodPair<MonthWindow> & { readonly lengthMonths: number }) | null {
  const month = epochDayToMonth(date);
  let length = Math.floor(lengthMonths);
  if (bounds !== null) length = Math.min(length, month - bounds.startMonth, bounds.endMonth - month);
  if (!(length >= 1)) return null;
  return {
    a: { startMonth: (month - length) as EpochMonth, endMonth: month },
    b: { startMonth: month, endMonth: (month + length) as EpochMonth },
    lengthMonths: length,
  };
}
