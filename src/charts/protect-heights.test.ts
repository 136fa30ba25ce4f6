import { describe, expect, it } from 'vitest';
import type { EpochMonth } from '@/domain/epoch-day';
import { protectBrushBins, protectHeight, protectSeriesHeights } from './protect-heights';

describe('protected chart heights', () => {
  it('draws a count of 1 … k − 1 at height k, zero and larger counts as they are', () => {
    expect([0, 1, 4, 5, 17].map((v) => protectHeight(v, 5))).toEqual([0, 5, 5, 5, 17]);
    // k < 2: protection off.
    expect(protectHeight(1, 1)).toBe(1);
  });

  it('clamps each stacked value of the timeline bins', () => {
    const bins = [{ startMonth: 0, months: 1, values: [3, 120] }];
    expect(protectBrushBins(bins, 5)).toEqual([{ startMonth: 0, months: 1, values: [5, 120] }]);
    expect(protectBrushBins(bins, 0)).toBe(bins);
  });

  it('clamps series stacks and makes the total the sum of what is drawn', () => {
    const row = { startMonth: 500 as EpochMonth, total: 42, s0: 40, s1: 2 };
    // 40 + 2 drawn as 40 + 5: the bar's top (45) does not give the hidden 2 away as 42 − 40.
    expect(protectSeriesHeights([row], ['s0', 's1'], 5)).toEqual([{ ...row, s1: 5, total: 45 }]);
  });
});
