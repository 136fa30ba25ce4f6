// The series chart's axis ticks, shared by the Overview and its export: long series show only years (at
// each January for months and quarters, every bar for years); short ones label every bucket.
import { monthOfYear, monthYear, type EpochMonth } from '@/domain/epoch-day';
import type { Granularity } from '@/domain/time-buckets';

/** Above this many buckets only years are labelled. */
const MAX_LABELLED_BUCKETS = 12;

export interface SeriesTicks {
  /** True when only years are labelled (the chart then draws every tick, most of them blank). */
  readonly yearTicks: boolean;
  readonly tickLabel: (startMonth: number) => string;
}

export function makeSeriesTicks(
  granularity: Granularity,
  bucketCount: number,
  bucketLabel: (startMonth: number) => string,
): SeriesTicks {
  const yearTicks = granularity === 'year' || bucketCount > MAX_LABELLED_BUCKETS;
  return {
    yearTicks,
    tickLabel: (startMonth) => {
      if (!yearTicks) return bucketLabel(startMonth);
      const month = startMonth as EpochMonth;
      return granularity === 'year' || monthOfYear(month) === 0 ? String(monthYear(month)) : '';
    },
  };
}
