// Rolling monthly series up into quarters or years (UTC calendar), for charts at coarser granularity.
import type { MonthlySeries } from './aggregates';
import { monthOfYear, monthYear, type EpochMonth } from './epoch-day';

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Start month of the bucket (month, quarter or year) that contains `month`. */
export function bucketStart(month: EpochMonth, granularity: Granularity): EpochMonth {
  switch (granularity) {
    case 'month':
      return month;
    case 'quarter':
      return (month - (monthOfYear(month) % 3)) as EpochMonth;
    case 'year':
      return ((monthYear(month) - 1970) * 12) as EpochMonth;
  }
}

/** A series per bucket: `starts[b]` is the first month of bucket b; values as in MonthlySeries. */
export interface BucketedSeries {
  readonly granularity: Granularity;
  readonly keys: readonly string[];
  readonly starts: readonly EpochMonth[];
  /** people[key * starts.length + bucket] */
  readonly people: Float64Array;
  readonly boats: Float64Array;
  readonly deaths: Float64Array;
  readonly events: Float64Array;
}

/**
 * Sums a monthly series into buckets. Buckets at the edges may be partial (a window that starts in
 * February has a first quarter of two months); their start is still the calendar bucket start.
 */
export function rollUpSeries(series: MonthlySeries, granularity: Granularity): BucketedSeries {
  const starts: EpochMonth[] = [];
  const bucketOfSlot: number[] = [];
  for (let slot = 0; slot < series.monthCount; slot++) {
    const start = bucketStart((series.firstMonth + slot) as EpochMonth, granularity);
    if (starts[starts.length - 1] !== start) starts.push(start);
    bucketOfSlot.push(starts.length - 1);
  }
  const keys = series.keys.length;
  const people = new Float64Array(keys * starts.length);
  const boats = new Float64Array(keys * starts.length);
  const deaths = new Float64Array(keys * starts.length);
  const events = new Float64Array(keys * starts.length);
  for (let k = 0; k < keys; k++) {
    for (let slot = 0; slot < series.monthCount; slot++) {
      const target = k * starts.length + (bucketOfSlot[slot] ?? 0);
      const source = k * series.monthCount + slot;
      people[target] = (people[target] ?? 0) + (series.people[source] ?? 0);
      boats[target] = (boats[target] ?? 0) + (series.boats[source] ?? 0);
      deaths[target] = (deaths[target] ?? 0) + (series.deaths[source] ?? 0);
      events[target] = (events[target] ?? 0) + (series.events[source] ?? 0);
    }
  }
  return { granularity, keys: series.keys, starts, people, boats, deaths, events };
}
