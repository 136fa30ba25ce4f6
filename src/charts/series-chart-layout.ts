// Geometry of the Overview's stacked series chart, in CSS pixels: one SVG path per stack (every bucket's
// bar of that stack as one subpath) instead of a <rect> per bar, so 180 months × 9 stacks are 9 elements
// for React and the DOM, not 1,620. Value ticks are round numbers from zero; the look follows the
// recharts chart it replaces (12% gap between columns, 44 px value axis, 30 px time axis). Pure.
import type { SeriesRow, StackDataKey } from './to-series-rows';

export interface SeriesChartMargins {
  readonly topPx: number;
  readonly rightPx: number;
  /** Width of the value axis on the left (labels and tick marks). */
  readonly axisLeftPx: number;
  /** Height of the time axis under the columns. */
  readonly axisBottomPx: number;
}

export const SERIES_CHART_MARGINS: SeriesChartMargins = {
  topPx: 6,
  rightPx: 4,
  axisLeftPx: 44,
  axisBottomPx: 30,
};

/** Share of each bucket's width left empty between columns (recharts' barCategoryGap of 12%). */
const GAP = 0.12;

export interface SeriesBand {
  /** Left edge and width of the bucket's band (hover and tooltip target). */
  readonly xPx: number;
  readonly widthPx: number;
  /** Centre of the column (tick label). */
  readonly centrePx: number;
}

export interface SeriesChartLayout {
  readonly plot: {
    readonly leftPx: number;
    readonly rightPx: number;
    readonly topPx: number;
    readonly bottomPx: number;
  };
  /** Gridlines and value labels: the value and its height. */
  readonly valueTicks: readonly { readonly value: number; readonly yPx: number }[];
  readonly bands: readonly SeriesBand[];
  /** One path per stack, in the stacks' order (bottom first): `d` of all its bars. */
  readonly paths: readonly { readonly dataKey: StackDataKey; readonly d: string }[];
}

/** Round steps (1, 2 or 5 × 10^k, whole numbers) from 0 to a top at or above `maxValue`. */
export function makeRoundTicks(maxValue: number, targetCount = 4): { ticks: number[]; top: number } {
  const max = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1;
  const raw = max / Math.max(1, targetCount);
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * power >= raw) ?? 10;
  const step = Math.max(1, Math.round(factor * power));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return { ticks, top };
}

/** Two decimals are enough for pixels and keep the path strings short. */
const px = (value: number): string => String(Math.round(value * 100) / 100);

export function layoutSeriesChart(
  rows: readonly SeriesRow[],
  dataKeys: readonly StackDataKey[],
  widthPx: number,
  heightPx: number,
  margins: SeriesChartMargins = SERIES_CHART_MARGINS,
): SeriesChartLayout {
  const plot = {
    leftPx: margins.axisLeftPx,
    rightPx: Math.max(margins.axisLeftPx, widthPx - margins.rightPx),
    topPx: margins.topPx,
    bottomPx: Math.max(margins.topPx, heightPx - margins.axisBottomPx),
  };
  let maxTotal = 0;
  for (const row of rows) {
    let sum = 0;
    for (const key of dataKeys) sum += Math.max(0, row[key] ?? 0);
    maxTotal = Math.max(maxTotal, sum);
  }
  const { ticks, top } = makeRoundTicks(maxTotal);
  const plotHeightPx = plot.bottomPx - plot.topPx;
  const yOf = (value: number): number => plot.bottomPx - (value / top) * plotHeightPx;
  const bandPx = rows.length > 0 ? (plot.rightPx - plot.leftPx) / rows.length : 0;
  const barPx = bandPx * (1 - GAP);
  const bands = rows.map((_, i): SeriesBand => {
    const xPx = plot.leftPx + i * bandPx;
    return { xPx, widthPx: bandPx, centrePx: xPx + bandPx / 2 };
  });
  const parts: string[][] = dataKeys.map(() => []);
  rows.forEach((row, i) => {
    const x = px((bands[i]?.xPx ?? 0) + (bandPx - barPx) / 2);
    let base = 0;
    dataKeys.forEach((key, s) => {
      const value = Math.max(0, row[key] ?? 0);
      if (value === 0) return;
      const y0 = yOf(base);
      base += value;
      const y1 = yOf(base);
      parts[s]?.push(`M${x} ${px(y1)}h${px(barPx)}v${px(y0 - y1)}h${px(-barPx)}Z`);
    });
  });
  return {
    plot,
    valueTicks: ticks.map((value) => ({ value, yPx: yOf(value) })),
    bands,
    paths: dataKeys.map((dataKey, s) => ({ dataKey, d: parts[s]?.join('') ?? '' })),
  };
}

/** The bucket under a pointer at `xPx`, or null outside the plot. */
export function bandAt(layout: SeriesChartLayout, xPx: number): number | null {
  const { leftPx, rightPx } = layout.plot;
  const n = layout.bands.length;
  if (n === 0 || xPx < leftPx || xPx >= rightPx) return null;
  return Math.min(n - 1, Math.floor(((xPx - leftPx) / (rightPx - leftPx)) * n));
}
