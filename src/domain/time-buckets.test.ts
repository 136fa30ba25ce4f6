import { describe, expect, it } from 'vitest';
import type { MonthlySeries } from './aggregates';
import { epochDayToMonth, parseIsoDay, type EpochMonth } from './epoch-day';
import { bucketStart, rollUpSeries } from './time-buckets';

const month = (iso: string): EpochMonth => epochDayToMonth(parseIsoDay(`${iso}-01`));

describe('bucketStart (UTC calendar)', () => {
  it.each([
    ['2012-01', 'quarter', '2012-01'],
    ['2012-03', 'quarter', '2012-01'],
    ['2012-04', 'quarter', '2012-04'],
    ['2012-12', 'quarter', '2012-10'],
    ['2012-12', 'year', '2012-01'],
    ['2013-07', 'month', '2013-07'],
  ] as const)('%s in a %s starts at %s', (input, granularity, expected) => {
    expect(bucketStart(month(input), granularity)).toBe(month(expected));
  });
});

describe('rollUpSeries', () => {
  // Two keys over Feb–Jul 2012: key 0 has 1..6 people, key 1 has 10 each month; boats 1 each month.
  const series: MonthlySeries = {
    split: 'route',
    firstMonth: month('2012-02'),
    monthCount: 6,
    keys: ['a', 'b'],
    people: Float64Array.from([1, 2, 3, 4, 5, 6, 10, 10, 10, 10, 10, 10]),
    boats: Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
    deaths: Float64Array.from([0, 0, 3, 0, 0, 0, 0, 0, 0, 2, 0, 0]),
    events: Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
  };

  it('sums months into calendar quarters, keeping partial edge quarters', () => {
    const q = rollUpSeries(series, 'quarter');
    expect(q.starts).toEqual([month('2012-01'), month('2012-04'), month('2012-07')]);
    // Q1 = Feb+Mar, Q2 = Apr..Jun, Q3 = Jul.
    expect([...q.people]).toEqual([1 + 2, 3 + 4 + 5, 6, 20, 30, 10]);
    expect([...q.boats]).toEqual([2, 3, 1, 2, 3, 1]);
    // Deaths: key a 3 in Apr, key b 2 in May (both Q2).
    expect([...q.deaths]).toEqual([0, 3, 0, 0, 2, 0]);
    expect([...q.events]).toEqual([...q.boats]);
  });

  it('sums into a year and keeps the monthly total', () => {
    const y = rollUpSeries(series, 'year');
    expect(y.starts).toEqual([month('2012-01')]);
    expect([...y.people]).toEqual([21, 60]);
  });

  it('is the identity at month granularity', () => {
    const m = rollUpSeries(series, 'month');
    expect(m.starts).toHaveLength(6);
    expect([...m.people]).toEqual([...series.people]);
  });
});
