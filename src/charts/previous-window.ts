// The period a time window is compared with: the window of equal length just before it, [start − length,
// start). Month-aligned windows (what the timeline sets) step back whole months, so records dated to the
// month only fall wholly in one period or the other.
import { epochDayToMonth, monthToEpochDay, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { DayRange } from '@/domain/event-filters';

export interface DataCoverage {
  /** First day the data cover: the first day of the first month with data (EventTable.baseDay). */
  readonly startDay: EpochDay;
  /** True when some records are dated to the month only (they sit on their month's first day). */
  readonly hasMonthPrecision: boolean;
}

export type PreviousWindow =
  /** No window set (whole period) or an empty window: nothing to compare with. */
  | { readonly kind: 'none' }
  /** The previous period starts before the data do: it would be partly or wholly empty. */
  | { readonly kind: 'no-earlier-data'; readonly range: DayRange }
  /**
   * A previous period inside the data. `approximate` when the windows cut months and some records are
   * dated to the month only (those count on the month's first day, whichever window that falls in).
   */
  | { readonly kind: 'comparable'; readonly range: DayRange; readonly approximate: boolean };

function isMonthStart(day: EpochDay): boolean {
  return monthToEpochDay(epochDayToMonth(day)) === day;
}

export function previousWindow(range: DayRange | null, coverage: DataCoverage): PreviousWindow {
  if (range === null || range.endDay <= range.startDay) return { kind: 'none' };
  const aligned = isMonthStart(range.startDay) && isMonthStart(range.endDay);
  let startDay: EpochDay;
  if (aligned) {
    const months = epochDayToMonth(range.endDay) - epochDayToMonth(range.startDay);
    startDay = monthToEpochDay((epochDayToMonth(range.startDay) - months) as EpochMonth);
  } else {
    startDay = (range.startDay - (range.endDay - range.startDay)) as EpochDay;
  }
  const previous: DayRange = { startDay, endDay: range.startDay };
  if (startDay < coverage.startDay) return { kind: 'no-earlier-data', range: previous };
  return { kind: 'comparable', range: previous, approximate: !aligned && coverage.hasMonthPrecision };
}
