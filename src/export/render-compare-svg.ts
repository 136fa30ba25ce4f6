// The compared series (charts/compare-view.ts) as a static line chart: A dashed grey, B solid blue, month
// 1 of each period at the left, round-number gridlines. Under small-count protection a hidden month is a
// gap in its line with "< k" written at its foot, and the axis is scaled to the shown months only, so no
// line, gridline or axis top stands for a hidden count. Pure.
import type { CompareSeries } from '@/charts/compare-view';
import { isSmallCount } from '@/domain/analysis/protect-count';
import { escapeXml, type ChartSvg } from './chart-svg';
import { px, svgText } from './svg-text';
import { makeValueTicks } from './value-ticks';
import { makeLinePath } from '@/lib/svg-line-path';

export interface CompareSvgOptions {
  readonly formatNumber: (value: number) => string;
  /** "Month 3" (the n-th month of each period, 1-based), for ticks and titles. */
  readonly monthLabel: (n: number) => string;
  /** "A", "B": the periods' short names in titles. */
  readonly nameA: string;
  readonly nameB: string;
  /** Small-count threshold (0: off). */
  readonly smallCountK: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Colours of the lines, as on screen (analysis.css). */
export const COMPARE_COLOR_A = '#6b7785';
export const COMPARE_COLOR_B = '#0b5d8c';

const FONT_PX = 11;
const GLYPH = 0.56;
const MUTED = '#55636f';
const GRID = '#e3e8ec';
const AXIS = '#9aa5ae';
const TOP_PX = 8;
const RIGHT_PX = 8;
const BOTTOM_PX = 20;

export function renderCompareSvg(series: CompareSeries, options: CompareSvgOptions): ChartSvg {
  const { widthPx, heightPx, formatNumber, smallCountK: k } = options;
  const hide = (values: readonly number[]): number[] => values.map((v) => (isSmallCount(v, k) ? NaN : v));
  const a = hide(series.a);
  const b = hide(series.b);
  const n = Math.max(a.length, b.length);
  const { ticks, top } = makeValueTicks(Math.max(0, ...[...a, ...b].filter(Number.isFinite)));
  const axisPx = Math.max(28, Math.ceil(formatNumber(top).length * FONT_PX * GLYPH + 10));
  const plotLeft = axisPx;
  const plotRight = widthPx - RIGHT_PX;
  const plotBottom = heightPx - BOTTOM_PX;
  const plotHeight = Math.max(0, plotBottom - TOP_PX);
  const x = (i: number): number => plotLeft + (n <= 1 ? 0 : (i / (n - 1)) * (plotRight - plotLeft));
  const y = (v: number): number => plotBottom - (v / top) * plotHeight;
  const out: string[] = [];
  for (const tick of ticks) {
    out.push(
      `<line x1="${px(plotLeft)}" y1="${px(y(tick))}" x2="${px(plotRight)}" y2="${px(y(tick))}" stroke="${tick === 0 ? AXIS : GRID}" stroke-width="1"/>`,
    );
    out.push(
      svgText(plotLeft - 6, y(tick), formatNumber(tick), { sizePx: FONT_PX, fill: MUTED, anchor: 'end' }),
    );
  }
  if (n > 0) {
    out.push(
      svgText(x(0), plotBottom + BOTTOM_PX / 2 + 1, options.monthLabel(1), { sizePx: FONT_PX, fill: MUTED }),
    );
    if (n > 1) {
      out.push(
        svgText(x(n - 1), plotBottom + BOTTOM_PX / 2 + 1, options.monthLabel(n), {
          sizePx: FONT_PX,
          fill: MUTED,
          anchor: 'end',
        }),
      );
    }
  }
  out.push(
    `<path d="${makeLinePath(a, x, y, px)}" fill="none" stroke="${COMPARE_COLOR_A}" stroke-width="2" stroke-dasharray="5 3" data-period="a"/>`,
  );
  out.push(
    `<path d="${makeLinePath(b, x, y, px)}" fill="none" stroke="${COMPARE_COLOR_B}" stroke-width="2.5" data-period="b"/>`,
  );
  // Hidden months: "< k" at the foot of the gap (A just above the axis, B above A), titled with the month.
  const below = `< ${formatNumber(k)}`;
  const marks = (
    values: readonly number[],
    name: string,
    period: string,
    color: string,
    lift: number,
  ): void => {
    values.forEach((v, i) => {
      if (!isSmallCount(v, k)) return;
      const title = `${options.monthLabel(i + 1)} · ${name}: ${below}`;
      out.push(
        `<g data-hidden="${period}" data-month="${i + 1}"><title>${escapeXml(title)}</title>` +
          `${svgText(x(i), plotBottom - lift, below, { sizePx: 9, fill: color, anchor: 'middle' })}</g>`,
      );
    });
  };
  marks(series.a, options.nameA, 'a', COMPARE_COLOR_A, 6);
  marks(series.b, options.nameB, 'b', COMPARE_COLOR_B, 18);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(widthPx)}" height="${px(heightPx)}" ` +
    `viewBox="0 0 ${px(widthPx)} ${px(heightPx)}">${out.join('')}</svg>`;
  return { svg, widthPx, heightPx };
}
