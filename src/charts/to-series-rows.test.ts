// Stacks and rows from tiny labelled bucketed series (2012 quarters; months since 1970: 2012-01 = 504).
import { describe, expect, it } from 'vitest';
import type { EpochMonth } from '@/domain/epoch-day';
import type { BucketedSeries } from '@/domain/time-buckets';
import { toSeriesRows } from './to-series-rows';

const Q1 = 504 as EpochMonth;
const Q2 = 507 as EpochMonth;

/** keys × two quarters, values written key by key: [[q1, q2], …]. */
function series(keys: string[], people: number[][], boats: number[][] = people): BucketedSeries {
  return {
    granularity: 'quarter',
    keys,
    starts: [Q1, Q2],
    people: Float64Array.from(people.flat()),
    boats: Float64Array.from(boats.flat()),
    deaths: Float64Array.from(boats.flat()),
    events: Float64Array.from(boats.flat()),
  };
}

describe('toSeriesRows', () => {
  it('orders stacks largest first, leaves out empty keys and sums each bucket', () => {
    const out = toSeriesRows(
      series(
        ['java', 'rote', 'cocos'],
        [
          [10, 20], // java: 30
          [0, 0], // rote: nothing
          [40, 5], // cocos: 45
        ],
      ),
      'people',
    );
    expect(out.stacks).toEqual([
      { dataKey: 's0', key: 'cocos', code: 2, total: 45, members: [] },
      { dataKey: 's1', key: 'java', code: 0, total: 30, members: [] },
    ]);
    expect(out.rows).toEqual([
      { startMonth: Q1, s0: 40, s1: 10, total: 50 },
      { startMonth: Q2, s0: 5, s1: 20, total: 25 },
    ]);
    expect(out.total).toBe(75);
  });

  it('reads boats when asked', () => {
    const out = toSeriesRows(
      series(
        ['a', 'b'],
        [
          [10, 0],
          [5, 0],
        ],
        [
          [1, 0],
          [2, 1],
        ],
      ),
      'boats',
    );
    expect(out.stacks.map((s) => [s.key, s.total])).toEqual([
      ['b', 3],
      ['a', 1],
    ]);
    expect(out.rows[1]).toEqual({ startMonth: Q2, s0: 1, s1: 0, total: 1 });
  });

  it('rolls the smaller keys up into "other" beyond maxStacks', () => {
    const out = toSeriesRows(
      series(
        ['AFG', 'IRN', 'IRQ', 'LKA'],
        [
          [50, 50],
          [20, 10],
          [1, 2],
          [3, 0],
        ],
      ),
      'people',
      2,
    );
    expect(out.stacks.map((s) => [s.dataKey, s.key, s.total])).toEqual([
      ['s0', 'AFG', 100],
      ['s1', 'IRN', 30],
      ['s2', null, 6],
    ]);
    expect(out.stacks[2]?.members).toEqual(['IRQ', 'LKA']); // a tie of 3: by code
    expect(out.rows[0]).toEqual({ startMonth: Q1, s0: 50, s1: 20, s2: 4, total: 74 });
    expect(out.total).toBe(136);
  });

  it('shows a single extra key itself rather than an "other" of one', () => {
    const out = toSeriesRows(
      series(
        ['a', 'b', 'c'],
        [
          [3, 0],
          [2, 0],
          [1, 0],
        ],
      ),
      'people',
      2,
    );
    expect(out.stacks.map((s) => s.key)).toEqual(['a', 'b', 'c']);
  });

  it('gives empty stacks and zero rows for an empty series', () => {
    const out = toSeriesRows(series(['a'], [[0, 0]]), 'people');
    expect(out.stacks).toEqual([]);
    expect(out.rows).toEqual([
      { startMonth: Q1, total: 0 },
      { startMonth: Q2, total: 0 },
    ]);
  });

  it('puts grouped keys (routes past the palette) into "other" even when they are large', () => {
    const s = series(
      ['a', 'b', 'c', 'd'],
      [
        [50, 50],
        [1, 1],
        [20, 0],
        [5, 5],
      ],
    );
    const out = toSeriesRows(s, 'people', 6, (code) => code === 0 || code === 3);
    expect(out.stacks.map((x) => x.key)).toEqual(['c', 'b', null]);
    expect(out.stacks[2]?.members).toEqual(['a', 'd']);
    expect(out.stacks[2]?.total).toBe(110);
    expect(out.total).toBe(132);
  });
});
