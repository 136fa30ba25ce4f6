// A short label for a period: "2012", "2011–2012", "May 2012", "Jan 2012 – Jun 2012", or days.
import {
  epochDayToMonth,
  epochDayToMs,
  monthOfYear,
  monthToEpochDay,
  monthYear,
  type EpochDay,
  type EpochMonth,
} from '@/domain/epoch-day';
import type { DayRange } from '@/domain/event-filters';

export interface PeriodFormatters {
  /** A month from the epoch ms of its first day. */
  readonly formatMonth: (timeMs: number) => string;
  readonly formatDate: (timeMs: number) => string;
}

/** Label of the months [startMonth, endMonth). */
export function monthsLabel(startMonth: EpochMonth, endMonth: EpochMonth, f: PeriodFormatters): string {
  const month = (m: number): string => f.formatMonth(epochDayToMs(monthToEpochDay(m as EpochMonth)));
  if (monthOfYear(startMonth) === 0 && monthOfYear(endMonth) === 0 && endMonth > startMonth) {
    const first = monthYear(startMonth);
    const last = monthYear(endMonth) - 1;
    return first === last ? String(first) : `${first}–${last}`;
  }
  if (endMonth - startMonth <= 1) return month(startMonth);
  return `${month(startMonth)} – ${month(endMonth - 1)}`;
}

/**
 * Label of a half-open day range; null means the data's whole span of months. Ranges on month
 * boundaries are named by months, others by their first and last day.
 */
export function periodLabel(
  range: DayRange | null,
  span: { readonly firstMonth: EpochMonth; readonly monthCount: number },
  f: PeriodFormatters,
): string {
  if (range === null)
    return monthsLabel(span.firstMonth, (span.firstMonth + span.monthCount) as EpochMonth, f);
  const startMonth = epochDayToMonth(range.startDay);
  const endMonth = epochDayToMonth(range.endDay);
  if (monthToEpochDay(startMonth) === range.startDay && monthToEpochDay(endMonth) === range.endDay)
    return monthsLabel(startMonth, endMonth, f);
  const last = Math.max(range.startDay, range.endDay - 1) as EpochDay;
  return `${f.formatDate(epochDayToMs(range.startDay))} – ${f.formatDate(epochDayToMs(last))}`;
}
