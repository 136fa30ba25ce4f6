// Small-count protection of what a chart draws: a count from 1 to k − 1 is drawn as tall as k, so no bar
// height, stack or axis tick lets a reader read off a hidden count (the tick under it says "k"). Zero is
// drawn as zero, as it is shown as 0. Heights only: the numbers in tooltips and tables are protected by
// their own rules (docs/analysis.md). Pure.
import { isSmallCount } from '@/domain/analysis/protect-count';
import type { BrushBin } from '@/ui/time-brush';
import type { SeriesRow, StackDataKey } from './to-series-rows';

/** The height a count is drawn at under threshold k (k < 2: the count itself). */
export function protectHeight(value: number, k: number): number {
  return isSmallCount(value, k) ? k : value;
}

/** The timeline's bins with every stacked value drawn at its protected height. */
export function protectBrushBins(bins: readonly BrushBin[], k: number): readonly BrushBin[] {
  if (k < 2) return bins;
  return bins.map((bin) => ({ ...bin, values: bin.values.map((v) => protectHeight(v, k)) }));
}

/** The series rows as drawn: each stack at its protected height, the total the sum of what is drawn. */
export function protectSeriesHeights(
  rows: readonly SeriesRow[],
  dataKeys: readonly StackDataKey[],
  k: number,
): readonly SeriesRow[] {
  if (k < 2) return rows;
  return rows.map((row) => {
    const drawn: Record<StackDataKey, number> = {};
    let total = 0;
    for (const key of dataKeys) {
      const height = protectHeight(row[key] ?? 0, k);
      drawn[key] = height;
      total += height;
    }
    return { ...row, ...drawn, total };
  });
}
