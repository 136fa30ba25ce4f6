// Horizontal ranked bars with their values (recharts; loaded lazily, see lazy-charts.ts).
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';

export interface RankedBar {
  /** Filter value; null for "other" (not clickable). */
  readonly key: string | null;
  readonly label: string;
  readonly value: number;
  readonly color: string;
  /** False fades the bar (other values are ticked in the filters). */
  readonly strong: boolean;
}

export interface RankedBarChartProps {
  readonly bars: readonly RankedBar[];
  readonly formatNumber: (value: number) => string;
  readonly onToggle: (key: string) => void;
}

const BAR_PX = 22;
const AXIS_PX = 140;
/** Characters of a label that fit one line of the axis at 11 px (the full label is in its <title>). */
const LABEL_CHARS = 19;
const INK = '#1d2731';

/** Gap between a bar's end and its value label, px. */
const VALUE_GAP_PX = 5;

const truncate = (text: string): string =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;

export function RankedBarChart({ bars, formatNumber, onToggle }: RankedBarChartProps): React.JSX.Element {
  return (
    <ResponsiveContainer width="100%" height={bars.length * BAR_PX + 8}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 52, bottom: 4, left: 0 }}
        barCategoryGap={3}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="label"
          width={AXIS_PX}
          interval={0}
          tickLine={false}
          tick={(props: YAxisTickContentProps) => {
            const label = bars[props.payload.index]?.label ?? '';
            return (
              <text x={Number(props.x) - 4} y={props.y} dy="0.35em" textAnchor="end" fontSize={11} fill={INK}>
                <title>{label}</title>
                {truncate(label)}
              </text>
            );
          }}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
          wrapperStyle={{ fontSize: 12 }}
          cursor={{ fill: 'rgb(11 93 140 / 8%)' }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          onClick={(_item, index) => {
            const key = bars[index]?.key;
            if (key) onToggle(key);
          }}
        >
          {bars.map((bar, i) => (
            <Cell
              key={bar.key ?? `other-${i}`}
              fill={bar.color}
              fillOpacity={bar.strong ? 1 : 0.35}
              className={bar.key ? 'is-clickable' : undefined}
            />
          ))}
          <LabelList
            dataKey="value"
            // Plain text right of the bar: recharts' own label measures every word in the DOM to wrap it
            // (a forced layout per label on each brush step and language switch), and these never wrap.
            content={(props) => {
              const box = props.viewBox;
              if (box === undefined || !('width' in box)) return null;
              const value = props.value;
              return (
                <text
                  className="ranked-value"
                  x={box.x + box.width + VALUE_GAP_PX}
                  y={box.y + box.height / 2}
                  dy="0.35em"
                  fontSize={11}
                  fill={INK}
                >
                  {typeof value === 'number' ? formatNumber(value) : String(value ?? '')}
                </text>
              );
            }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
