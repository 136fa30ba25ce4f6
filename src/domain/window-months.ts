// Which months a time window spans (for monthly series), in UTC.
import { epochDayToMonth, type EpochDay, type EpochMonth } from './epoch-day';
import type { EventTable } from './event-table';
import type { DayRange } from './event-filters';

export interface MonthSpan {
  readonly firstMonth: EpochMonth;
  readonly monthCount: number;
}

/** Months touched by the half-open day range, or the table's whole span when the range is null. */
export function monthsOfWindow(table: EventTable, range: DayRange | null): MonthSpan {
  if (range === null) return { firstMonth: table.firstMonth, monthCount: table.monthCount };
  if (range.endDay <= range.startDay) return { firstMonth: epochDayToMonth(range.startDay), monthCount: 0 };
  const firstMonth = epochDayToMonth(range.startDay);
  const lastMonth = epochDayToMonth((range.endDay - 1) as EpochDay);
  return { firstMonth, monthCount: lastMonth - firstMonth + 1 };
}
