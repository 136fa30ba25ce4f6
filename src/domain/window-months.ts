// Which months a time window spans (for monthly series), in UTC.
import type { EpochDay, EpochMonth } from './epoch-day';
import type { EventTable } from './event-table';
import type { DayRange } from './event-filters';

export interface MonthSpan {
  readonly firstMonth: EpochMonth;
  readonly monthCount: number;
}

/**
 * The epoch month of an epoch day, by integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's
 * civil-from-days): same result as epochDayToMonth without two Date objects per call, which a window
 * query makes on every step.
 */
export function monthOfDay(day: EpochDay): EpochMonth {
  const z = day + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  const month0 = marchMonth < 10 ? marchMonth + 2 : marchMonth - 10; // 0 = January
  const year = yearOfEra + era * 400 + (month0 < 2 ? 1 : 0);
  return ((year - 1970) * 12 + month0) as EpochMonth;
}

/** Months touched by the half-open day range, or the table's whole span when the range is null. */
export function monthsOfWindow(table: EventTable, range: DayRange | null): MonthSpan {
  if (range === null) return { firstMonth: table.firstMonth, monthCount: table.monthCount };
  if (range.endDay <= range.startDay) return { firstMonth: monthOfDay(range.startDay), monthCount: 0 };
  const firstMonth = monthOfDay(range.startDay);
  const lastMonth = monthOfDay((range.endDay - 1) as EpochDay);
  return { firstMonth, monthCount: lastMonth - firstMonth + 1 };
}
