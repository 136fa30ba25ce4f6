// The two periods' monthly series overlaid: A dashed grey, B solid blue, month 1 of each at the left.
// A small SVG (no recharts: two lines need no library), with its numbers in a data table beside it.
import type { CompareSeries } from '@/charts/compare-view';
import { makeLinePath } from '@/lib/svg-line-path';

export interface CompareSeriesChartProps {
  readonly series: CompareSeries;
  /** The chart in one sentence (its accessible name). */
  readonly label: string;
  /** Text of a value on the axis: its top is the largest shown month (hidden months arrive as NaN gaps). */
  readonly formatNumber: (value: number) => string;
}

const WIDTH = 320;
const HEIGHT = 120;
const LEFT = 36;
const BOTTOM = 14;
const TOP = 6;

/** Screen coordinates to 0.1 px: enough for a 320 px chart, and short paths. */
const formatTenthPx = (value: number): string => value.toFixed(1);

export function CompareSeriesChart({
  series,
  label,
  formatNumber,
}: CompareSeriesChartProps): React.JSX.Element {
  const n = Math.max(series.a.length, series.b.length);
  const finite = [...series.a, ...series.b].filter(Number.isFinite);
  const top = Math.max(1, ...finite);
  const x = (i: number): number => LEFT + (n <= 1 ? 0 : (i / (n - 1)) * (WIDTH - LEFT - 4));
  const y = (v: number): number => TOP + (1 - v / top) * (HEIGHT - TOP - BOTTOM);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="compare-series-chart">
      <line className="axis" x1={LEFT} x2={WIDTH - 4} y1={y(0)} y2={y(0)} />
      <line className="axis" x1={LEFT} x2={LEFT} y1={TOP} y2={y(0)} />
      <text x={LEFT - 4} y={y(top) + 4} textAnchor="end">
        {formatNumber(top)}
      </text>
      <text x={LEFT - 4} y={y(0)} textAnchor="end">
        {formatNumber(0)}
      </text>
      <text x={LEFT} y={HEIGHT - 2}>
        1
      </text>
      <text x={x(n - 1)} y={HEIGHT - 2} textAnchor="end">
        {n}
      </text>
      <path className="line-a" d={makeLinePath(series.a, x, y, formatTenthPx)} />
      <path className="line-b" d={makeLinePath(series.b, x, y, formatTenthPx)} />
    </svg>
  );
}
