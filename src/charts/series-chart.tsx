// The stacked bars of the series over time, drawn as one SVG path per stack (series-chart-layout.ts):
// a brush step or a language switch re-renders a dozen elements, not a <rect> per bar (recharts drew
// 1,620 for 15 years of months). Receives a row per bucket and a few stacks, never events. Pointer and
// keyboard (arrows, Home/End, Escape) show a bucket's values in a tooltip; clicking a stack toggles it.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import { bandAt, layoutSeriesChart } from './series-chart-layout';
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
  /** Accessible name of the chart (its title). */
  readonly label?: string;
}

const FONT_PX = 11;
/** Average glyph width as a share of the font size, to keep tick labels from overlapping. */
const GLYPH = 0.56;
/** Pixels kept clear between two time labels (recharts' minTickGap). */
const MIN_TICK_GAP_PX = 4;
const GRID = '#e3e8ec';
const AXIS = '#666';
const TICK_INK = '#666';
const CURSOR = 'rgb(11 93 140 / 8%)';

/**
 * The element's width in CSS pixels, kept current by a ResizeObserver. Its first report comes after the
 * frame's layout and before its paint, and is rendered at once (flushSync), so the chart never paints at
 * the wrong width; measuring in the layout effect itself forced a layout inside the load's longest task.
 */
function useWidthPx(element: React.RefObject<HTMLElement | null>): number {
  const [widthPx, setWidthPx] = useState(0);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.borderBoxSize[0]?.inlineSize;
      if (width !== undefined) flushSync(() => setWidthPx(width));
    });
    observer.observe(node, { box: 'border-box' });
    return () => observer.disconnect();
  }, [element]);
  return widthPx;
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
  label,
}: SeriesChartProps): React.JSX.Element {
  const frame = useRef<HTMLDivElement>(null);
  const widthPx = useWidthPx(frame);
  const [active, setActive] = useState<number | null>(null);
  const dataKeys = useMemo(() => stacks.map((s) => s.dataKey), [stacks]);
  const layout = useMemo(
    () => layoutSeriesChart(rows, dataKeys, widthPx, heightPx),
    [rows, dataKeys, widthPx, heightPx],
  );
  const { plot } = layout;

  // Time labels left to right, each only where it clears the one before and stays inside the chart;
  // when thinning, the last one is kept in preference to its neighbour (recharts' preserveStartEnd).
  const timeTicks: { key: number; x: number; text: string }[] = [];
  let rightPx = -Infinity;
  rows.forEach((row, i) => {
    const text = tickLabel(row.startMonth);
    const band = layout.bands[i];
    if (text === '' || !band) return;
    const half = (text.length * FONT_PX * GLYPH) / 2;
    if (band.centrePx - half < rightPx + MIN_TICK_GAP_PX || band.centrePx + half > widthPx) {
      if (everyTick || i !== rows.length - 1) return;
      timeTicks.pop();
    }
    rightPx = band.centrePx + half;
    timeTicks.push({ key: row.startMonth, x: band.centrePx, text });
  });

  const shown = active !== null && active < rows.length ? active : null;
  const row = shown === null ? undefined : rows[shown];
  const band = shown === null ? undefined : layout.bands[shown];

  const onPointerMove = (event: PointerEvent<SVGSVGElement>): void => {
    const box = event.currentTarget.getBoundingClientRect();
    setActive(bandAt(layout, event.clientX - box.left));
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const last = rows.length - 1;
    if (last < 0) return;
    const from = shown ?? -1;
    let next: number | null;
    if (event.key === 'ArrowRight') next = Math.min(last, from + 1);
    else if (event.key === 'ArrowLeft') next = from < 0 ? last : Math.max(0, from - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') next = null;
    else return;
    event.preventDefault();
    setActive(next);
  };

  // The tooltip sits beside the bucket, on the side with more room.
  const tooltipLeft = band ? band.xPx + band.widthPx / 2 < widthPx / 2 : true;
  return (
    <div ref={frame} className="series-chart-frame" style={{ height: heightPx }}>
      {widthPx > 0 && (
        <svg
          className="series-chart"
          width={widthPx}
          height={heightPx}
          viewBox={`0 0 ${widthPx} ${heightPx}`}
          role="application"
          aria-label={label}
          tabIndex={0}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActive(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
        >
          <g aria-hidden="true">
            {layout.valueTicks.map((tick) => (
              <g key={tick.value}>
                {tick.value > 0 && (
                  <line x1={plot.leftPx} x2={plot.rightPx} y1={tick.yPx} y2={tick.yPx} stroke={GRID} />
                )}
                <line x1={plot.leftPx - 6} x2={plot.leftPx} y1={tick.yPx} y2={tick.yPx} stroke={AXIS} />
                <text
                  x={plot.leftPx - 8}
                  y={tick.yPx}
                  dy="0.355em"
                  textAnchor="end"
                  fontSize={FONT_PX}
                  fill={TICK_INK}
                >
                  {formatNumber(tick.value)}
                </text>
              </g>
            ))}
            {band && (
              <rect
                x={band.xPx}
                y={plot.topPx}
                width={band.widthPx}
                height={plot.bottomPx - plot.topPx}
                fill={CURSOR}
              />
            )}
            {layout.paths.map((path, s) => {
              const stack = stacks[s];
              return (
                <path
                  key={path.dataKey}
                  d={path.d}
                  fill={stack?.color}
                  className={stack?.onToggle ? 'series-bars is-clickable' : 'series-bars'}
                  data-key={path.dataKey}
                  onClick={() => stack?.onToggle?.()}
                />
              );
            })}
            <line x1={plot.leftPx} x2={plot.leftPx} y1={plot.topPx} y2={plot.bottomPx} stroke={AXIS} />
            <line x1={plot.leftPx} x2={plot.rightPx} y1={plot.bottomPx} y2={plot.bottomPx} stroke={AXIS} />
            {timeTicks.map((tick) => (
              <text
                key={tick.key}
                x={tick.x}
                y={plot.bottomPx + 8}
                dy="0.71em"
                textAnchor="middle"
                fontSize={FONT_PX}
                fill={TICK_INK}
              >
                {tick.text}
              </text>
            ))}
          </g>
        </svg>
      )}
      {row && band && (
        <div
          className="series-tooltip"
          data-testid="series-tooltip"
          style={
            tooltipLeft
              ? { left: band.xPx + band.widthPx + 8, top: plot.topPx }
              : { right: widthPx - band.xPx + 8, top: plot.topPx }
          }
        >
          <p className="series-tooltip-label">{bucketLabel(row.startMonth)}</p>
          <ul>
            {stacks.map((stack) => {
              const value = row[stack.dataKey] ?? 0;
              return (
                <li key={stack.dataKey} style={{ color: stack.color }}>
                  <bdi>{stack.label}</bdi> :{' '}
                  {formatValue ? formatValue(value, row.startMonth, stack.dataKey) : formatNumber(value)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
