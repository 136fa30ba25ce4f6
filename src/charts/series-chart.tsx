// The stacked bars of the series over time (recharts; loaded lazily, see lazy-charts.ts). Receives a
// row per bucket and a few stacks, never events.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesRow, StackDataKey } from './to-series-rows';

export interface SeriesChartStack {
  readonly dataKey: StackDataKey;
  readonly label: string;
  readonly color: string;
  /** Toggles the stack's value in the filters; undefined for "other". */
  readonly onToggle: (() => void) | undefined;
}

export interface SeriesChartProps {
  readonly rows: readonly SeriesRow[];
  readonly stacks: readonly SeriesChartStack[];
  /** Axis tick of a bucket start month ('' for none). */
  readonly tickLabel: (startMonth: number) => string;
  /** Full label of a bucket start month (tooltip). */
  readonly bucketLabel: (startMonth: number) => string;
  readonly formatNumber: (value: number) => string;
  /**
   * A value in the tooltip, from the bucket's start month and the stack (small-count protection may hide
   * it, and the drawn rows may hold protected heights, not counts); formatNumber of the drawn value when
   * absent.
   */
  readonly formatValue?: (value: number, startMonth: number, dataKey: StackDataKey) => string;
  /** Show every tick (the labels decide which are empty) rather than thinning them. */
  readonly everyTick: boolean;
  readonly heightPx: number;
}

export function SeriesChart({
  rows,
  stacks,
  tickLabel,
  bucketLabel,
  formatNumber,
  formatValue,
  everyTick,
  heightPx,
}: SeriesChartProps): React.JSX.Element {
  return (
    <ResponsiveContainer width="100%" height={heightPx}>
      <BarChart data={rows} margin={{ top: 6, right: 4, bottom: 0, left: 0 }} barCategoryGap="12%">
        <CartesianGrid vertical={false} stroke="#e3e8ec" />
        <XAxis
          dataKey="startMonth"
          tickFormatter={(value: number) => tickLabel(value)}
          interval={everyTick ? 0 : 'preserveStartEnd'}
          tickLine={false}
          tick={{ fontSize: 11 }}
          minTickGap={4}
        />
        <YAxis
          width={44}
          tickFormatter={(value: number) => formatNumber(value)}
          tick={{ fontSize: 11 }}
          allowDecimals={false}
        />
        <Tooltip
          labelFormatter={(label) => (typeof label === 'number' ? bucketLabel(label) : label)}
          formatter={(value, _name, item) => {
            const row = item.payload as SeriesRow | undefined;
            if (typeof value !== 'number') return String(value);
            return formatValue && row
              ? formatValue(value, row.startMonth, item.dataKey as StackDataKey)
              : formatNumber(value);
          }}
          wrapperStyle={{ fontSize: 12 }}
        />
        {stacks.map((stack) => (
          <Bar
            key={stack.dataKey}
            dataKey={stack.dataKey}
            name={stack.label}
            stackId="series"
            fill={stack.color}
            isAnimationActive={false}
            className={stack.onToggle ? 'is-clickable' : undefined}
            onClick={() => stack.onToggle?.()}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
