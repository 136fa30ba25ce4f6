// A ranked view-model (charts/ranked-views.ts) as a static horizontal bar chart: one bar per row (top
// eight and "other"), its label on the left, its value at its end; when values of the dimension are
// ticked in the filters, the other bars are faded, as on the Overview. Labels are the caller's. Pure.
import type { RankedView } from '@/charts/ranked-views';
import type { RankedRow } from '@/charts/to-ranked-rows';
import { cssRgb, OTHER_COLOR } from '@/theme/palette';
import { escapeXml, type ChartSvg } from './chart-svg';
import { isolateBidi } from '@/lib/isolate-bidi';
import { px, svgText } from './svg-text';

export interface RankedSvgOptions {
  /** Name of a row: a country or site name, or "Other (5)" for the roll-up. */
  readonly rowLabel: (row: RankedRow) => string;
  readonly formatNumber: (value: number) => string;
  /** Values of the view's dimension ticked in the effective filters (none: every bar strong). */
  readonly ticked: readonly string[];
  readonly widthPx: number;
  /** Defaults to 22 px per bar plus 8 px, the on-screen chart's height. */
  readonly heightPx?: number;
}

const FONT_PX = 11;
const INK = '#1d2731';
const BAR_PX = 22;
/** Space between bars. */
const GAP_PX = 3;
const TOP_PX = 4;
const BOTTOM_PX = 4;
/** The label column, and the room right of the longest bar for its value. */
const LABEL_PX = 140;
const VALUE_PX = 52;
/** Characters of a label drawn at 11 px in the label column (the full label is in its <title>). */
const LABEL_CHARS = 19;
const FADED_OPACITY = 0.35;

const truncate = (text: string): string =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;

/** Whether a bar is drawn strong: nothing is ticked, or its own key is. "Other" is never ticked. */
function isStrongRow(row: RankedRow, ticked: readonly string[]): boolean {
  return ticked.length === 0 || (row.key !== null && ticked.includes(row.key));
}

export function renderRankedSvg(view: RankedView, options: RankedSvgOptions): ChartSvg {
  const rows = view.ranked.rows;
  const { widthPx, formatNumber } = options;
  const heightPx = options.heightPx ?? rows.length * BAR_PX + TOP_PX + BOTTOM_PX;
  const bandPx = rows.length > 0 ? (heightPx - TOP_PX - BOTTOM_PX) / rows.length : 0;
  const barPx = Math.max(1, bandPx - GAP_PX);
  const barLeft = LABEL_PX + 4;
  const barSpanPx = Math.max(0, widthPx - barLeft - VALUE_PX);
  // Bars from zero to the largest value (recharts' domain [0, dataMax]).
  const max = rows.reduce((m, row) => Math.max(m, row.value), 0);
  const out: string[] = [];
  rows.forEach((row, i) => {
    const label = options.rowLabel(row);
    const value = formatNumber(row.value);
    const y = TOP_PX + i * bandPx + GAP_PX / 2;
    const centre = y + barPx / 2;
    const length = max > 0 ? (row.value / max) * barSpanPx : 0;
    const color = cssRgb(row.key === null ? OTHER_COLOR : view.colorOf(row.code));
    const opacity = isStrongRow(row, options.ticked) ? '' : ` fill-opacity="${FADED_OPACITY}"`;
    const title = `${isolateBidi(label)}: ${value}`;
    out.push(
      `<rect x="${px(barLeft)}" y="${px(y)}" width="${px(length)}" height="${px(barPx)}" fill="${escapeXml(color)}"${opacity}` +
        ` data-row="${i}"><title>${escapeXml(title)}</title></rect>`,
    );
    const shown = truncate(label);
    out.push(
      svgText(LABEL_PX, centre, shown, {
        sizePx: FONT_PX,
        fill: INK,
        anchor: 'end',
        isolate: true,
        ...(shown === label ? {} : { title: label }),
      }),
    );
    out.push(svgText(barLeft + length + 4, centre, value, { sizePx: FONT_PX, fill: INK }));
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(widthPx)}" height="${px(heightPx)}" ` +
    `viewBox="0 0 ${px(widthPx)} ${px(heightPx)}">${out.join('')}</svg>`;
  return { svg, widthPx, heightPx };
}
