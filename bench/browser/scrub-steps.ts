// The two time-window update paths the browser benchmark compares, as plain functions shared by the page
// (with WebGL) and by the Node CPU measurement (without):
//   A. Lintas: aggregateWindow on the month cube → flow legs → site symbols → new layer descriptions; the
//      event points reuse their binary attributes and only change DataFilterExtension's filterRange.
//   A′ (what-if, profile passes only): A with the point layer's `data` object cached per attribute set, so
//      deck.gl sees the same data and attribute descriptors every step (src/ builds new ones per call).
//   B. Rebuild: the same flows, arrows and symbols, but the points are filtered into a new array of plain
//      objects and handed to a new ScatterplotLayer with accessors, so deck.gl recomputes their attributes.
import type { Layer, LayerData } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { aggregateWindow } from '@/domain/aggregate-window';
import { monthToEpochDay, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { EventCube } from '@/domain/event-cube';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { makeFlowSegments } from '@/domain/flow-segments';
import type { RouteEndpoints } from '@/domain/route-endpoints';
import type { EventPointAttributes } from '@/map/event-point-attributes';
import { makeEventPointLayer } from '@/map/event-point-layer';
import { makeArrowLayer } from '@/map/flow-direction-layers';
import { makeFlowLayers } from '@/map/flow-layers';
import { DEFAULT_FLOW_STYLE } from '@/map/flow-scale';
import { OUTCOME_COLORS } from '@/theme/palette';
import { makeSiteSymbolLayer } from '@/map/site-symbol-layer';
import { DEFAULT_SYMBOL_STYLE, makeSiteSymbols } from '@/map/site-symbols';
import type { SymbolAtlas } from '@/map/symbol-shapes';

/** The scrub: a 12-month window stepped month by month, 2008-01..2008-12 to 2014-01..2014-12. */
export const FIRST_START_MONTH = ((2008 - 1970) * 12) as EpochMonth;
export const WINDOW_MONTHS = 12;
export const SCRUB_STEPS = 73;

export interface ScrubWindow {
  readonly index: number;
  readonly startDay: EpochDay;
  /** Exclusive. */
  readonly endDay: EpochDay;
}

export function scrubWindows(steps = SCRUB_STEPS): ScrubWindow[] {
  return Array.from({ length: steps }, (_, index) => {
    const start = (FIRST_START_MONTH + index) as EpochMonth;
    return {
      index,
      startDay: monthToEpochDay(start),
      endDay: monthToEpochDay((start + WINDOW_MONTHS) as EpochMonth),
    };
  });
}

/** Phase names, in step order (B's "points" comes first; the deck phases are browser-only). */
export const PHASES = [
  'points',
  'aggregate',
  'segments',
  'symbols',
  'layers',
  'setProps',
  'updateLayers',
  'redraw',
] as const;
export type Phase = (typeof PHASES)[number];

/** Laps of one step: `lap(p)` charges the time since the previous lap (or `start`) to phase p. */
export class PhaseClock {
  private last = 0;
  private first = 0;
  readonly laps = new Map<Phase, number>();

  start(): void {
    this.laps.clear();
    this.first = performance.now();
    this.last = this.first;
  }

  lap(phase: Phase): void {
    const now = performance.now();
    this.laps.set(phase, (this.laps.get(phase) ?? 0) + (now - this.last));
    this.last = now;
  }

  /** Time since start(), ms. */
  total(): number {
    return this.last - this.first;
  }
}

/** A plain event record, as an app without columns would keep it (built once, untimed). */
export interface PlainEvent {
  readonly lon: number;
  readonly lat: number;
  readonly people: number;
  readonly outcome: number;
  /** Day offset from table.baseDay. */
  readonly day: number;
}

/** One point of the rebuild baseline's layer data. */
export interface PointDatum {
  readonly position: readonly [number, number];
  readonly radius: number;
  readonly color: readonly [number, number, number, number];
}

export interface StepContext {
  readonly table: EventTable;
  readonly cube: EventCube;
  readonly endpoints: readonly RouteEndpoints[];
  readonly attributes: EventPointAttributes;
  readonly atlas: SymbolAtlas;
  readonly plainEvents: readonly PlainEvent[];
}

export function tableToPlainEvents(table: EventTable): PlainEvent[] {
  return Array.from({ length: table.length }, (_, r) => ({
    lon: table.lon[r] ?? 0,
    lat: table.lat[r] ?? 0,
    people: table.people[r] ?? 0,
    outcome: table.outcome[r] ?? 0,
    day: table.day[r] ?? 0,
  }));
}

// One RGBA array per outcome, shared by all points (kinder to the baseline than a new array per point).
const POINT_COLORS = OUTCOME_COLORS.map(([r, g, b]) => [r, g, b, 170] as const);
const FALLBACK_COLOR = [0, 0, 0, 170] as const;

/** Baseline: the window's events as new plain objects (same radius and colour rules as the attributes). */
export function filterPointData(
  events: readonly PlainEvent[],
  firstDay: number,
  lastDay: number,
): PointDatum[] {
  const out: PointDatum[] = [];
  for (const e of events) {
    if (e.day < firstDay || e.day > lastDay) continue;
    out.push({
      position: [e.lon, e.lat],
      radius: Math.max(2, Math.sqrt(e.people) * 0.9),
      color: POINT_COLORS[e.outcome] ?? FALLBACK_COLOR,
    });
  }
  return out;
}

export const getPointPosition = (d: PointDatum): [number, number] => [d.position[0], d.position[1]];
export const getPointRadius = (d: PointDatum): number => d.radius;
export const getPointColor = (d: PointDatum): [number, number, number, number] => [
  d.color[0],
  d.color[1],
  d.color[2],
  d.color[3],
];

/** Baseline: a new ScatterplotLayer over the filtered objects (no DataFilterExtension), styled as Lintas'. */
export function makeRebuiltPointLayer(data: PointDatum[]): ScatterplotLayer<PointDatum> {
  return new ScatterplotLayer<PointDatum>({
    id: 'event-points-rebuild',
    data,
    getPosition: getPointPosition,
    getRadius: getPointRadius,
    getFillColor: getPointColor,
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.5,
  });
}

function windowFilters(w: ScrubWindow): EventFilters {
  return { ...NO_FILTERS, timeRange: { startDay: w.startDay, endDay: w.endDay } };
}

/** Day offsets [first, last] (inclusive) of a window, as composeStaticLayers computes them. */
export function dayRangeOf(table: EventTable, w: ScrubWindow): [number, number] {
  return [w.startDay - table.baseDay, w.endDay - table.baseDay - 1];
}

/** Flows (casing + paths), arrowheads and site symbols for a window: the same in both paths. */
function windowLayers(ctx: StepContext, w: ScrubWindow, clock: PhaseClock): Layer[] {
  const aggregates = aggregateWindow(ctx.cube, windowFilters(w), 'route');
  clock.lap('aggregate');
  const segments = makeFlowSegments(ctx.table, aggregates.flows, ctx.endpoints);
  clock.lap('segments');
  const symbols = makeSiteSymbols(ctx.table, aggregates.sites, 'people');
  clock.lap('symbols');
  const layers: Layer[] = [
    ...makeFlowLayers(segments, DEFAULT_FLOW_STYLE),
    makeArrowLayer(segments, 'people'),
    makeSiteSymbolLayer(symbols, ctx.atlas, DEFAULT_SYMBOL_STYLE),
  ];
  return layers;
}

/** A: the Lintas layers for a window. Point attributes are reused; only filterRange changes. */
export function lintasLayers(ctx: StepContext, w: ScrubWindow, clock: PhaseClock): Layer[] {
  const rest = windowLayers(ctx, w, clock);
  const layers = [makeEventPointLayer(ctx.attributes, dayRangeOf(ctx.table, w), true), ...rest];
  clock.lap('layers');
  return layers;
}

/** B: the rebuild baseline's layers for a window; also returns how many points it passes to deck.gl. */
export function rebuildLayers(
  ctx: StepContext,
  w: ScrubWindow,
  clock: PhaseClock,
): { layers: Layer[]; points: PointDatum[] } {
  const [first, last] = dayRangeOf(ctx.table, w);
  const points = filterPointData(ctx.plainEvents, first, last);
  clock.lap('points');
  const rest = windowLayers(ctx, w, clock);
  const layers = [makeRebuiltPointLayer(points), ...rest];
  clock.lap('layers');
  return { layers, points };
}

// A′: the same layer as makeEventPointLayer (src/map/event-point-layer.ts), except that the `data` object and
// its attribute descriptors are built once per attribute set. deck.gl then finds data unchanged and skips
// the attributes (it compares descriptors by identity: Attribute.setExternalBuffer), so a time step only
// changes the filterRange uniform. Not the app's code: an experiment that sizes a possible fix.
const stablePointData = new WeakMap<EventPointAttributes, LayerData<unknown>>();
const stableFilter = new DataFilterExtension({ filterSize: 1 });

export function makeStablePointLayer(
  attributes: EventPointAttributes,
  dayRange: readonly [number, number],
): ScatterplotLayer<unknown, DataFilterExtensionProps> {
  let data = stablePointData.get(attributes);
  if (data === undefined) {
    data = {
      length: attributes.length,
      attributes: {
        getPosition: { value: attributes.positions, size: 2 },
        getRadius: { value: attributes.radiiPx, size: 1 },
        getFillColor: { value: attributes.colors, size: 4 },
        getFilterValue: { value: attributes.days, size: 1 },
      },
    };
    stablePointData.set(attributes, data);
  }
  return new ScatterplotLayer<unknown, DataFilterExtensionProps>({
    id: 'event-points',
    data,
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.5,
    filterRange: [dayRange[0], dayRange[1]],
    extensions: [stableFilter],
  });
}

/** A′: the Lintas layers with the stable point data. */
export function lintasStableLayers(ctx: StepContext, w: ScrubWindow, clock: PhaseClock): Layer[] {
  const rest = windowLayers(ctx, w, clock);
  const layers = [makeStablePointLayer(ctx.attributes, dayRangeOf(ctx.table, w)), ...rest];
  clock.lap('layers');
  return layers;
}
