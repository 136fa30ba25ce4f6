// The series view-model (charts/series-view.ts) as a static stacked column chart: one column per period
// bucket, its stacks bottom-up in the view's order (largest first), round-number gridlines, value labels
// on the left and the caller's tick labels (years) under the columns. The same data the Overview's
// recharts chart draws, drawn without a page. Labels are the caller's (translated). Pure.
import type { SeriesView } from '@/charts/series-view';
import type { SeriesStack } from '@/charts/to-series-rows';
import { cssRgb } from '@/theme/palette';
import { escapeXml, type ChartSvg } from './chart-svg';
import { isolateBidi } from '@/lib/isolate-bidi';
import { px, svgText } from './svg-text';
import { makeValueTicks } from './value-ticks';
import { protectHeight } from '@/charts/protect-heights';

export interface SeriesSvgOptions {
  /** Name of a stack (legend, tooltips): "Java – Christmas Island", "Other (3)". */
  readonly stackLabel: (stack: SeriesStack) => string;
  /** Full name of a bucket from its first month: "May 2012", "Q2 2012", "2012". */
  readonly bucketLabel: (startMonth: number) => string;
  /** Axis tick under a bucket ('' for none). */
  readonly tickLabel: (startMonth: number) => string;
  readonly formatNumber: (value: number) => string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Small-count threshold (0 or absent: off): hidden counts drawn at height k, titled by formatValue. */
  readonly smallCountK?: number;
  /** A count in a bar's title (protection may hide it); formatNumber when absent. */
  readonly formatValue?: (value: number) => string;
}

const FONT_PX = 11;
/** Average glyph width as a share of the font size, to place labels without a layout engine. */
const GLYPH = 0.56;
const INK = '#1d2731';
const MUTED = '#55636f';
const GRID = '#e3e8ec';
const AXIS = '#9aa5ae';
const TOP_PX = 8;
const RIGHT_PX = 4;
/** Room under the columns for the tick labels. */
const BOTTOM_PX = 20;
/** Share of each bucket's width left empty between columns (as recharts' barCategoryGap 12%). */
const GAP = 0.12;

const textWidthPx = (text: string): number => text.length * FONT_PX * GLYPH;

export function renderSeriesSvg(view: SeriesView, options: SeriesSvgOptions): ChartSvg {
  const { widthPx, heightPx, formatNumber } = options;
  // Under small-count protection a hidden count is drawn as tall as k (protect-heights.ts).
  const k = options.smallCountK ?? 0;
  const heightOf = (value: number): number => protectHeight(value, k);
  const formatValue = options.formatValue ?? formatNumber;
  const maxTotal = view.rows.reduce(
    (max, row) =>
      Math.max(
        max,
        view.stacks.reduce((sum, { stack }) => sum + heightOf(row[stack.dataKey] ?? 0), 0),
      ),
    0,
  );
  const { ticks, top } = makeValueTicks(maxTotal);
  const axisPx = Math.max(28, Math.ceil(textWidthPx(formatNumber(top)) + 10));
  const plotLeft = axisPx;
  const plotRight = widthPx - RIGHT_PX;
  const plotTop = TOP_PX;
  const plotBottom = heightPx - BOTTOM_PX;
  const plotHeight = Math.max(0, plotBottom - plotTop);
  const yOf = (value: number): number => plotBottom - (value / top) * plotHeight;
  const out: string[] = [];

  for (const tick of ticks) {
    const y = yOf(tick);
    out.push(
      `<line x1="${px(plotLeft)}" y1="${px(y)}" x2="${px(plotRight)}" y2="${px(y)}" stroke="${tick === 0 ? AXIS : GRID}" stroke-width="1"/>`,
    );
    out.push(svgText(plotLeft - 6, y, formatNumber(tick), { sizePx: FONT_PX, fill: MUTED, anchor: 'end' }));
  }

  const n = view.rows.length;
  const bandPx = n > 0 ? (plotRight - plotLeft) / n : 0;
  const barPx = bandPx * (1 - GAP);
  const labels = view.stacks.map(({ stack }) => options.stackLabel(stack));
  const colors = view.stacks.map(({ color }) => cssRgb(color));
  let tickRightPx = -Infinity;
  view.rows.forEach((row, i) => {
    const x = plotLeft + i * bandPx + (bandPx - barPx) / 2;
    const bucket = options.bucketLabel(row.startMonth);
    const rects: string[] = [];
    let base = 0;
    view.stacks.forEach(({ stack }, s) => {
      const value = row[stack.dataKey] ?? 0;
      if (value <= 0) return;
      const height = heightOf(value);
      const y = yOf(base + height);
      const h = yOf(base) - y;
      base += height;
      // Tooltip: the bucket, then the stack's name isolated (it may come from a file), then the number.
      const title = `${bucket} · ${isolateBidi(labels[s] ?? '')}: ${formatValue(value)}`;
      rects.push(
        `<rect x="${px(x)}" y="${px(y)}" width="${px(barPx)}" height="${px(h)}" fill="${escapeXml(colors[s] ?? '')}"` +
          ` data-stack="${escapeXml(stack.dataKey)}"><title>${escapeXml(title)}</title></rect>`,
      );
    });
    out.push(`<g data-bucket="${row.startMonth}">${rects.join('')}</g>`);
    // Tick labels left to right, each only where it does not overlap the one before or leave the chart.
    const tick = options.tickLabel(row.startMonth);
    if (tick === '') return;
    const centre = x + barPx / 2;
    const half = textWidthPx(tick) / 2;
    if (centre - half < tickRightPx + 4 || centre + half > widthPx) return;
    tickRightPx = centre + half;
    out.push(
      svgText(centre, plotBottom + BOTTOM_PX / 2 + 1, tick, { sizePx: FONT_PX, fill: INK, anchor: 'middle' }),
    );
  });

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(widthPx)}" height="${px(heightPx)}" ` +
    `viewBox="0 0 ${px(widthPx)} ${px(heightPx)}">${out.join('')}</svg>`;
  return { svg, widthPx, heightPx };
}
