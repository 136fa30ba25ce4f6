import { describe, expect, it } from 'vitest';
import type { EpochMonth } from '@/domain/epoch-day';
import { bandAt, layoutSeriesChart, makeRoundTicks } from './series-chart-layout';
import type { SeriesRow } from './to-series-rows';

const row = (startMonth: number, s0: number, s1: number): SeriesRow => ({
  startMonth: startMonth as EpochMonth,
  total: s0 + s1,
  s0,
  s1,
});
const margins = { topPx: 0, rightPx: 0, axisLeftPx: 0, axisBottomPx: 0 };

describe('layoutSeriesChart', () => {
  it('draws each stack as one path of its bars, stacked bottom first, 12% of a band left empty', () => {
    // Two buckets 100 px wide each, 100 px tall; the top of the axis is 40 (round steps of 10).
    const layout = layoutSeriesChart([row(0, 10, 30), row(1, 20, 0)], ['s0', 's1'], 200, 100, margins);
    expect(layout.valueTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    expect(layout.paths).toEqual([
      // Bucket 0: 0..10 (y 100..75); bucket 1: 0..20 (y 100..50). Bars 88 px wide from x 6 and 106.
      { dataKey: 's0', d: 'M6 75h88v25h-88ZM106 50h88v50h-88Z' },
      // Bucket 0 only, on top of s0: 10..40 (y 75..0); a zero draws nothing.
      { dataKey: 's1', d: 'M6 0h88v75h-88Z' },
    ]);
  });

  it('finds the bucket under the pointer, none outside the plot', () => {
    const layout = layoutSeriesChart([row(0, 1, 0), row(1, 1, 0), row(2, 1, 0)], ['s0', 's1'], 344, 100);
    // The plot starts after the 44 px value axis and ends 4 px before the edge: 100 px per bucket.
    expect(bandAt(layout, 43)).toBeNull();
    expect(bandAt(layout, 44)).toBe(0);
    expect(bandAt(layout, 250)).toBe(2);
    expect(bandAt(layout, 340)).toBeNull();
  });
});

describe('makeRoundTicks', () => {
  it('steps by 1, 2 or 5 × 10^k up to a top at or above the largest value', () => {
    expect(makeRoundTicks(0)).toEqual({ ticks: [0, 1], top: 1 });
    expect(makeRoundTicks(7)).toEqual({ ticks: [0, 2, 4, 6, 8], top: 8 });
    expect(makeRoundTicks(1234).top).toBe(1500);
  });
});
