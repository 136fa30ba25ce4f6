// A timebar: a stacked histogram across the full period with a draggable, resizable window over it
// (as in Global Fishing Watch and kepler.gl). Keyboard: each handle and the window are ARIA sliders;
// arrows move by one step, Shift by a large step, Home/End go to the ends. Positions are in months.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

export interface BrushBin {
  /** First month of the bin (0 = first month of the period) and its length in months. */
  readonly startMonth: number;
  readonly months: number;
  /** Stacked values, bottom first, one per series. */
  readonly values: readonly number[];
}

/** A flag marker: a small triangle above a bin, a button with its accessible label. */
export interface BrushMarker {
  readonly startMonth: number;
  readonly months: number;
  readonly label: string;
}

export interface BrushWindow {
  readonly start: number;
  readonly end: number;
}

export interface TimeBrushProps {
  readonly bins: readonly BrushBin[];
  readonly colors: readonly string[];
  readonly totalMonths: number;
  readonly window: BrushWindow;
  readonly step: number;
  readonly largeStep: number;
  readonly onChange: (window: BrushWindow) => void;
  /** Text for a month index (window start) or month boundary (window end), in the UI language. */
  readonly formatMonth: (month: number) => string;
  /** Year ticks: month index and label. */
  readonly ticks: readonly { readonly month: number; readonly label: string }[];
  readonly labels: {
    readonly start: string;
    readonly end: string;
    readonly window: string;
    readonly histogram: string;
  };
  /** Flagged bins (early-warning flags) and what choosing one does. */
  readonly markers?: readonly BrushMarker[];
  readonly onMarker?: (marker: BrushMarker) => void;
}

const HEIGHT = 64;
const AXIS = 4;
/** Handles are at least this wide on screen (WCAG 2.5.8 target size), in CSS pixels. */
const HANDLE_PX = 24;

/** The SVG's width on screen in CSS pixels, kept current (the viewBox stretches to it). */
function useWidthPx(element: React.RefObject<SVGSVGElement | null>): number {
  const [widthPx, setWidthPx] = useState(1000);
  useEffect(() => {
    const svg = element.current;
    if (!svg) return;
    const observer = new ResizeObserver(() => setWidthPx(svg.getBoundingClientRect().width || 1000));
    observer.observe(svg);
    return () => observer.disconnect();
  }, [element]);
  return widthPx;
}

type DragKind = 'start' | 'end' | 'move';

export function TimeBrush(props: TimeBrushProps): React.JSX.Element {
  const {
    bins,
    colors,
    totalMonths,
    window: w,
    step,
    largeStep,
    onChange,
    formatMonth,
    ticks,
    labels,
    markers = [],
    onMarker,
  } = props;
  const svg = useRef<SVGSVGElement>(null);
  const widthPx = useWidthPx(svg);
  // The handle in viewBox units, so that it is HANDLE_PX wide on screen whatever the brush's width.
  const handleUnits = (HANDLE_PX * 1000) / Math.max(1, widthPx);
  const drag = useRef<{ kind: DragKind; originMonth: number; origin: BrushWindow } | null>(null);
  const maxStack = Math.max(1, ...bins.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const x = (month: number): number => (month / Math.max(1, totalMonths)) * 1000;

  const clampWindow = (next: BrushWindow): BrushWindow => {
    const length = Math.max(1, Math.min(next.end - next.start, totalMonths));
    const start = Math.min(Math.max(0, next.start), totalMonths - length);
    return { start, end: start + length };
  };
  const monthAt = (clientX: number): number => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return ((clientX - box.left) / box.width) * totalMonths;
  };
  const onPointerDown = (kind: DragKind) => (event: PointerEvent<SVGElement>) => {
    event.stopPropagation();
    (event.target as Element).setPointerCapture(event.pointerId);
    drag.current = { kind, originMonth: monthAt(event.clientX), origin: w };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>): void => {
    const d = drag.current;
    if (!d) return;
    const delta = Math.round((monthAt(event.clientX) - d.originMonth) / step) * step;
    if (d.kind === 'move')
      onChange(clampWindow({ start: d.origin.start + delta, end: d.origin.end + delta }));
    else if (d.kind === 'start')
      onChange({ start: Math.min(Math.max(0, d.origin.start + delta), w.end - 1), end: w.end });
    else
      onChange({ start: w.start, end: Math.max(Math.min(totalMonths, d.origin.end + delta), w.start + 1) });
  };
  const onPointerUp = (): void => {
    drag.current = null;
  };
  const onBackgroundDown = (event: PointerEvent<SVGSVGElement>): void => {
    // A click outside the window centres the window there.
    const length = w.end - w.start;
    const centre = Math.round(monthAt(event.clientX) - length / 2);
    onChange(clampWindow({ start: centre, end: centre + length }));
  };
  const onKey = (kind: DragKind) => (event: KeyboardEvent<SVGElement>) => {
    const amount = event.shiftKey ? largeStep : step;
    let delta: number;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') delta = amount;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') delta = -amount;
    else if (event.key === 'PageUp') delta = largeStep;
    else if (event.key === 'PageDown') delta = -largeStep;
    else if (event.key === 'Home') delta = -totalMonths;
    else if (event.key === 'End') delta = totalMonths;
    else return;
    event.preventDefault();
    if (kind === 'move') onChange(clampWindow({ start: w.start + delta, end: w.end + delta }));
    else if (kind === 'start')
      onChange({ start: Math.min(Math.max(0, w.start + delta), w.end - 1), end: w.end });
    else onChange({ start: w.start, end: Math.max(Math.min(totalMonths, w.end + delta), w.start + 1) });
  };
  const startText = formatMonth(w.start);
  const endText = formatMonth(w.end - 1);

  return (
    <div className="time-brush-wrap">
      <svg
        ref={svg}
        className="time-brush"
        viewBox={`0 0 1000 ${HEIGHT + AXIS}`}
        preserveAspectRatio="none"
        onPointerDown={onBackgroundDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        data-testid="time-brush"
      >
        <title>{labels.histogram}</title>
        <g aria-hidden="true">
          {bins.map((bin) => {
            let y = HEIGHT;
            return bin.values.map((value, s) => {
              const h = (value / maxStack) * (HEIGHT - 4);
              y -= h;
              return (
                <rect
                  key={`${bin.startMonth}-${s}`}
                  x={x(bin.startMonth) + 0.5}
                  y={y}
                  width={Math.max(0.5, x(bin.months) - 1)}
                  height={h}
                  fill={colors[s] ?? '#888'}
                />
              );
            });
          })}
          {ticks.map((tick) => (
            <line
              key={tick.month}
              x1={x(tick.month)}
              x2={x(tick.month)}
              y1={HEIGHT}
              y2={HEIGHT + 4}
              className="brush-tick"
            />
          ))}
        </g>
        {/* Widths clamped at 0: a window may lie partly outside the data (a step of a briefing). */}
        <rect
          className="brush-shade"
          x={0}
          y={0}
          width={Math.min(1000, Math.max(0, x(w.start)))}
          height={HEIGHT}
          aria-hidden="true"
        />
        <rect
          className="brush-shade"
          x={Math.min(1000, Math.max(0, x(w.end)))}
          y={0}
          width={Math.max(0, 1000 - Math.max(0, x(w.end)))}
          height={HEIGHT}
          aria-hidden="true"
        />
        <rect
          className="brush-window"
          x={x(w.start)}
          y={0}
          width={Math.max(0, x(w.end) - x(w.start))}
          height={HEIGHT}
          role="slider"
          tabIndex={0}
          aria-label={labels.window}
          aria-valuemin={0}
          aria-valuemax={totalMonths - (w.end - w.start)}
          aria-valuenow={w.start}
          aria-valuetext={`${startText} – ${endText}`}
          onPointerDown={onPointerDown('move')}
          onKeyDown={onKey('move')}
          data-testid="brush-window"
        />
        {(['start', 'end'] as const).map((edge) => (
          <rect
            key={edge}
            className="brush-handle"
            x={x(edge === 'start' ? w.start : w.end) - handleUnits / 2}
            y={0}
            width={handleUnits}
            height={HEIGHT}
            role="slider"
            tabIndex={0}
            aria-label={edge === 'start' ? labels.start : labels.end}
            aria-valuemin={edge === 'start' ? 0 : w.start + 1}
            aria-valuemax={edge === 'start' ? w.end - 1 : totalMonths}
            aria-valuenow={edge === 'start' ? w.start : w.end}
            aria-valuetext={edge === 'start' ? startText : endText}
            onPointerDown={onPointerDown(edge)}
            onKeyDown={onKey(edge)}
            data-testid={`brush-${edge}`}
          />
        ))}
      </svg>
      {markers.length > 0 && (
        // In HTML, like the year labels, so the triangles keep their shape when the SVG stretches.
        <div className="brush-flags" data-testid="brush-flags">
          {markers.map((marker) => (
            <button
              key={marker.startMonth}
              type="button"
              className="brush-flag"
              style={{ left: `${x(marker.startMonth + marker.months / 2) / 10}%` }}
              aria-label={marker.label}
              title={marker.label}
              onClick={() => onMarker?.(marker)}
              data-testid="brush-flag"
              data-month={marker.startMonth}
            >
              <svg viewBox="0 0 10 8" aria-hidden="true">
                <path d="M0.5 0.5h9L5 7.5z" />
              </svg>
            </button>
          ))}
        </div>
      )}
      {/* Year labels in HTML: the SVG stretches horizontally, text in it would too. */}
      <div className="brush-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.month} style={{ left: `${x(tick.month) / 10}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
}
