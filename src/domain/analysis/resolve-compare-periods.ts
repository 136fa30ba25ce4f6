// The two periods compared when the link sets none or one: B = the time window, A = a year earlier. Pure;
// the Analysis tab, its exports and the map's swipe all resolve the periods here.
import { sameMonthsYearEarlier } from './period-presets';
import type { EpochMonth } from '@/domain/epoch-day';
import type { DayRange } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { rangeFromWindow, windowFromRange, type MonthWindow } from '@/domain/time-window';

export interface ComparePeriodsPair {
  readonly a: DayRange;
  readonly b: DayRange;
}

/**
 * The periods shown when the link sets none: B = the time window's months (the last 12 months of data
 * for the whole period), A = the same months a year earlier. A period the link sets is kept.
 */
export function resolveComparePeriods(
  compareA: DayRange | null,
  compareB: DayRange | null,
  timeRange: DayRange | null,
  table: Pick<EventTable, 'firstMonth' | 'monthCount'>,
): ComparePeriodsPair {
  const bounds: MonthWindow = {
    startMonth: table.firstMonth,
    endMonth: (table.firstMonth + table.monthCount) as EpochMonth,
  };
  const window: MonthWindow =
    timeRange === null
      ? {
          startMonth: Math.max(bounds.startMonth, bounds.endMonth - 12) as EpochMonth,
          endMonth: bounds.endMonth,
        }
      : windowFromRange(timeRange, bounds);
  const preset = sameMonthsYearEarlier(compareB === null ? window : windowFromRange(compareB, bounds));
  return { a: compareA ?? rangeFromWindow(preset.a), b: compareB ?? rangeFromWindow(preset.b) };
}
