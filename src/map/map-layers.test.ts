// Layer factories on a tiny labelled table: stable ids, widths and sizes proportional, filter ranges right.
import { describe, expect, it } from 'vitest';
import { parseEventsValue } from '@/data/parse-events';
import { parseRoutesText } from '@/data/parse-routes';
import { aggregateWindow } from '@/domain/aggregate-window';
import { buildEventCube } from '@/domain/event-cube';
import { NO_FILTERS } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { parseIsoDay } from '@/domain/epoch-day';
import { makeFlowSegments, sameLegGeometry } from '@/domain/flow-segments';
import { computeRouteEndpoints } from '@/domain/route-endpoints';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { dataBounds } from './data-bounds';
import { makeEventPointAttributes } from './event-point-attributes';
import { makeEventPointLayer } from './event-point-layer';
import { dashCountOf, legFractions, makeArrowheads, pointAlong, type Arrowhead } from './flow-direction';
import { makeArrowLayer, makeFlowMotionLayer } from './flow-direction-layers';
import { makeFlowLayers, sameLegData } from './flow-layers';
import {
  DEFAULT_FLOW_STYLE,
  flowWidthPx,
  legWidthPx,
  MIN_FLOW_WIDTH_PX,
  OVERLAND_WIDTH_PX,
  widthReference,
} from './flow-scale';
import { makeSiteSymbolLayer, symbolLayerData } from './site-symbol-layer';
import {
  DEFAULT_SYMBOL_STYLE,
  listSiteSymbols,
  makeSiteSymbols,
  pickedSiteSymbol,
  SITE_SYMBOL_LAYER_ID,
  siteSymbolAt,
  symbolSizePx,
} from './site-symbols';

// One corridor A → B → C (two legs), vertices 0, 1, 3 of a four-point path.
const routesText = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [100, 0],
          [104, 0],
          [104, -4],
          [104, -8],
        ],
      },
      properties: {
        id: 'r1',
        name: 'A – B – C',
        stages: [
          { name: 'A', role: 'origin', vertex: 0, mode: 'land' },
          { name: 'B', role: 'embarkation', vertex: 1, mode: 'sea' },
          { name: 'C', role: 'destination', vertex: 3 },
        ],
      },
    },
  ],
});
const point = (id: string, lon: number, lat: number, props: Record<string, unknown>): unknown => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, date: '2012-05-10', route: 'r1', ...props },
});
// Labelled events: 80 people landed at C; 20 turned back after leaving B; a departure of 50 at B (not a flow);
// 10 landed on route "x", which has no corridor.
const events = {
  type: 'FeatureCollection',
  features: [
    point('landed', 104, -8, { kind: 'interception', outcome: 'landed', people: 80, site: 'C' }),
    point('turned', 104, -5, {
      kind: 'interception',
      outcome: 'turned_back',
      people: 20,
      site: 'At sea',
      date: '2012-06-01',
    }),
    point('left', 104, 0, { kind: 'departure', people: 50, site: 'B' }),
    point('x-start', 110, 0, {
      kind: 'interception',
      outcome: 'disrupted',
      people: 5,
      site: 'X1',
      route: 'x',
    }),
    point('x-landed', 112, -6, {
      kind: 'interception',
      outcome: 'landed',
      people: 10,
      site: 'X2',
      route: 'x',
    }),
  ],
};

function tinyTable(): EventTable {
  const routes = parseRoutesText(routesText);
  if (!routes.ok) throw new Error('routes fixture');
  const outcome = parseEventsValue(events, { fileName: 'tiny', routes: routes.routes });
  if (!outcome.ok) throw new Error('events fixture');
  return outcome.table;
}

const table = tinyTable();
const aggregates = aggregateWindow(buildEventCube(table), NO_FILTERS);
const segments = makeFlowSegments(table, aggregates.flows, computeRouteEndpoints(table));

describe('flow segments', () => {
  it('cut the corridor at its stage vertices and carry the people who reached beyond each leg', () => {
    const corridor = segments.filter((s) => s.routeId === 'r1');
    expect(corridor.map((s) => s.id)).toEqual(['r1#0', 'r1#1']);
    expect(corridor[0]?.path).toEqual([
      [100, 0],
      [104, 0],
    ]);
    expect(corridor[1]?.path).toEqual([
      [104, 0],
      [104, -4],
      [104, -8],
    ]);
    // A → B carries the landed and the turned back (100); B → C only the landed (80). Departures: none.
    expect(corridor.map((s) => s.people)).toEqual([100, 80]);
    expect(corridor.map((s) => s.mode)).toEqual(['land', 'sea']);
  });

  it('give a route without a corridor one great-circle leg from its start events to its landings', () => {
    const fallback = segments.find((s) => s.routeId === 'x');
    expect(fallback?.fallback).toBe(true);
    expect(fallback?.people).toBe(10);
    expect(fallback?.path[0]).toEqual([110, 0]);
    const last = fallback?.path[fallback.path.length - 1];
    expect(last?.[0]).toBeCloseTo(112, 5);
    expect(last?.[1]).toBeCloseTo(-6, 5);
  });
});

describe('flow layers', () => {
  it('have constant ids and widths linear in the value, with a visible minimum', () => {
    const layers = makeFlowLayers(segments, DEFAULT_FLOW_STYLE);
    expect(layers.map((l) => l.id)).toEqual(['flow-casing', 'flow-paths']);
    expect(flowWidthPx(100, 100, DEFAULT_FLOW_STYLE)).toBe(DEFAULT_FLOW_STYLE.maxWidthPx);
    expect(flowWidthPx(50, 100, DEFAULT_FLOW_STYLE)).toBe(DEFAULT_FLOW_STYLE.maxWidthPx / 2);
    expect(flowWidthPx(0.1, 100, DEFAULT_FLOW_STYLE)).toBe(MIN_FLOW_WIDTH_PX);
    expect(flowWidthPx(0, 100, DEFAULT_FLOW_STYLE)).toBe(0);
  });

  it('draw sea legs to scale and air or land legs thin, against a reference held across periods', () => {
    const land = segments.find((s) => s.mode === 'land');
    const sea = segments.find((s) => s.mode === 'sea');
    if (!land || !sea) throw new Error('fixture has a land and a sea leg');
    const fixed = { ...DEFAULT_FLOW_STYLE, referenceValue: 4 * sea.people };
    expect(widthReference(segments, fixed)).toBe(4 * sea.people);
    expect(legWidthPx(sea, widthReference(segments, fixed), fixed)).toBeCloseTo(
      DEFAULT_FLOW_STYLE.maxWidthPx / 4,
      5,
    );
    expect(legWidthPx(land, widthReference(segments, fixed), fixed)).toBeLessThanOrEqual(
      OVERLAND_WIDTH_PX.max,
    );
    // Scaled to the view, the largest leg drawn gets the full width.
    const own = widthReference(segments, DEFAULT_FLOW_STYLE);
    expect(own).toBe(Math.max(...segments.map((s) => s.people)));
  });
});

describe('site symbols', () => {
  it('exist per site and outcome with people and boats, departures included, biggest first', () => {
    const symbols = listSiteSymbols(makeSiteSymbols(table, aggregates.sites, 'people'));
    expect(symbols.map((s) => [s.siteName, s.outcome, s.people])).toEqual([
      ['C', 1, 80],
      ['B', 0, 50],
      ['At sea', 2, 20],
      ['X2', 1, 10],
      ['X1', 3, 5],
    ]);
  });

  it('sit on their site, and side by side in a fixed direction per outcome where a site has several', () => {
    const shared = loadTestTable([
      ...(
        [
          ['Christmas Island', 'landed', 40, [105.68, -10.42]],
          ['Christmas Island', 'turned_back', 30, [105.68, -10.42]],
          ['Rote Island', 'landed', 20, [123.05, -10.73]],
        ] as const
      ).map(([site, outcome, people, at]) =>
        makeEventFeature({ site, outcome, people, nationalities: [{ code: 'AFG', people }] }, at),
      ),
    ]);
    const sums = aggregateWindow(buildEventCube(shared), NO_FILTERS);
    const symbols = listSiteSymbols(makeSiteSymbols(shared, sums.sites, 'people'));
    expect(symbols.map((s) => [s.siteName, s.people])).toEqual([
      ['Christmas Island', 40],
      ['Christmas Island', 30],
      ['Rote Island', 20],
    ]);
    for (const symbol of symbols) {
      const site = shared.sites[symbol.site];
      expect(symbol.position[0]).toBeCloseTo(site?.lon ?? NaN, 9);
      expect(symbol.position[1]).toBeCloseTo(site?.lat ?? NaN, 9);
    }
    // 9 px from the site, at 60° × the outcome index; a site with one outcome draws it on the site.
    for (const symbol of symbols.slice(0, 2)) {
      const angle = (symbol.outcome * Math.PI) / 3;
      expect(symbol.offsetPx[0]).toBeCloseTo(Math.cos(angle) * 9, 5);
      expect(symbol.offsetPx[1]).toBeCloseTo(-Math.sin(angle) * 9, 5);
    }
    expect(symbols[2]?.offsetPx).toEqual([0, 0]);
  });

  it('are columns the layer hands deck.gl as binary attributes, and a picked index names its symbol', () => {
    const symbols = makeSiteSymbols(table, aggregates.sites, 'people');
    const atlas = { canvas: {} as HTMLCanvasElement, mapping: {} };
    const layer = makeSiteSymbolLayer(symbols, atlas, DEFAULT_SYMBOL_STYLE);
    const data = layer.props.data as unknown as {
      length: number;
      attributes: Record<string, { value: ArrayLike<number>; size: number }>;
    };
    expect(data.length).toBe(5);
    // C (80 people) gets the full diameter; positions and offsets are the columns themselves.
    expect(data.attributes.getSize?.value[0]).toBe(DEFAULT_SYMBOL_STYLE.maxSizePx);
    expect(data.attributes.getPosition?.value).toBe(symbols.positions);
    expect(data.attributes.getPixelOffset?.value).toBe(symbols.offsetsPx);
    const picked = pickedSiteSymbol({ layer, index: 1 } as unknown as Parameters<typeof pickedSiteSymbol>[0]);
    expect(picked?.siteName).toBe('B');
    expect(picked).toBe(siteSymbolAt(symbols, 1));
    expect(siteSymbolAt(symbols, 5)).toBeNull();
    expect(siteSymbolAt(symbols, -1)).toBeNull();
    const other = { layer: { id: 'flows', props: {} }, index: 0 };
    expect(pickedSiteSymbol(other as unknown as Parameters<typeof pickedSiteSymbol>[0])).toBeNull();
    expect(layer.id).toBe(SITE_SYMBOL_LAYER_ID);
  });

  it('hand deck.gl the icon frames per symbol, and the same data object while symbols and sizes stay', () => {
    const symbols = makeSiteSymbols(table, aggregates.sites, 'people');
    const frame = (x: number) => ({ x, y: 0, width: 64, height: 64, anchorY: 32 });
    const atlas = {
      canvas: {} as HTMLCanvasElement,
      mapping: { '0': frame(0), '1': frame(64), '2': frame(128), '3': frame(192) },
    };
    const data = symbolLayerData(symbols, atlas, DEFAULT_SYMBOL_STYLE);
    const defs = data.attributes.instanceIconDefs;
    expect(defs?.size).toBe(7);
    // Symbol 0 is C's outcome-1 symbol: the frame at x 64 (anchor in the middle: no offset, no mask).
    expect(symbols.outcome[0]).toBe(1);
    expect(Array.from(defs?.value.subarray(0, 7) ?? [])).toEqual([0, 0, 64, 0, 64, 64, 0]);
    const o = symbols.outcome[4] ?? 0;
    expect(defs?.value[4 * 7 + 2]).toBe(o * 64);
    // A selection only recolours: same data, so deck.gl re-uploads nothing.
    expect(symbolLayerData(symbols, atlas, { ...DEFAULT_SYMBOL_STYLE, selectedSite: 2 })).toBe(data);
    expect(makeSiteSymbolLayer(symbols, atlas, DEFAULT_SYMBOL_STYLE).props.data).toBe(data);
    const deaths = symbolLayerData(symbols, atlas, { ...DEFAULT_SYMBOL_STYLE, measure: 'deaths' });
    expect(deaths).not.toBe(data);
    expect(
      symbolLayerData(makeSiteSymbols(table, aggregates.sites, 'people'), atlas, DEFAULT_SYMBOL_STYLE),
    ).not.toBe(data);
  });

  it('have areas proportional to the value (diameter ∝ √value) with a minimum size', () => {
    const full = symbolSizePx(100, 100, DEFAULT_SYMBOL_STYLE);
    const quarter = symbolSizePx(25, 100, DEFAULT_SYMBOL_STYLE);
    expect(full).toBe(DEFAULT_SYMBOL_STYLE.maxSizePx);
    expect(quarter).toBe(full / 2);
    expect(symbolSizePx(0.0001, 100, DEFAULT_SYMBOL_STYLE)).toBe(DEFAULT_SYMBOL_STYLE.minSizePx);
  });
});

describe('event points', () => {
  it('take positions and day offsets straight from the table, and filter the time window on the GPU', () => {
    const attributes = makeEventPointAttributes(table);
    expect(attributes.length).toBe(table.length);
    expect([...attributes.days]).toEqual([...table.day]);
    const may = parseIsoDay('2012-05-01') - table.baseDay;
    const layer = makeEventPointLayer(attributes, [may, may + 30]);
    expect(layer.id).toBe('event-points');
    expect(layer.props.filterRange).toEqual([may, may + 30]);
  });
});

describe('direction', () => {
  it('interpolates along a path by length and gives the bearing', () => {
    const path = [
      [0, 0],
      [2, 0],
      [2, 2],
    ] as const;
    expect(pointAlong(path, 0.25).position).toEqual([1, 0]);
    expect(pointAlong(path, 0.75).position).toEqual([2, 1]);
    expect(pointAlong(path, 0.75).angleDeg).toBe(90);
  });

  it('puts one arrow per leg that carries something, and more travelling dashes on bigger flows', () => {
    expect(makeArrowheads(segments, 'people').map((a) => a.id)).toEqual(['r1#0', 'r1#1', 'x#0']);
    expect(dashCountOf(100, 100, 8)).toBe(8);
    expect(dashCountOf(80, 100, 8)).toBe(6); // round(6.4)
    expect(dashCountOf(10, 100, 8)).toBe(1); // round(0.8), at least one
    expect(dashCountOf(0, 100, 8)).toBe(0);
  });

  it('tracks each vertex by the fraction of its leg travelled so far', () => {
    expect(
      legFractions([
        [0, 0],
        [3, 0],
        [3, 1],
      ]),
    ).toEqual([0, 0.75, 1]);
    expect(
      legFractions([
        [5, 5],
        [5, 5],
      ]),
    ).toEqual([0, 0]);
  });

  it('hands deck.gl the same arrowhead data until the legs change (no rebuild on hover)', () => {
    const a = makeArrowLayer(segments, 'people');
    const b = makeArrowLayer(segments, 'people');
    expect(b.props.data).toBe(a.props.data);
    const motion = makeFlowMotionLayer(segments, 'people', true);
    expect(motion.props.data).toBe(segments);
    expect(makeFlowMotionLayer(segments, 'people', false).props.visible).toBe(false);
  });

  it('lights one route through colour triggers only: same data, the other routes faded', () => {
    const arrows = makeArrowLayer(segments, 'people');
    const otherLit = makeArrowLayer(segments, 'people', 1);
    expect(otherLit.props.data).toBe(arrows.props.data);
    expect(otherLit.props.updateTriggers.getColor).toEqual([1]);
    const arrow = (arrows.props.data as Arrowhead[])[0]!;
    const alphaOf = (layer: typeof arrows): number =>
      (layer.props.getColor as unknown as (a: Arrowhead) => number[])(arrow)[3]!;
    expect(alphaOf(otherLit)).toBe(70);
    expect(alphaOf(makeArrowLayer(segments, 'people', 0))).toBe(255);
    const [, paths] = makeFlowLayers(segments, { ...DEFAULT_FLOW_STYLE, selectedRoute: 1 });
    const [, plainPaths] = makeFlowLayers(segments, DEFAULT_FLOW_STYLE);
    expect(paths!.props.data).toBe(plainPaths!.props.data);
    const legAlpha = (layer: typeof paths): number =>
      (layer!.props.getColor as unknown as (s: (typeof segments)[number]) => number[])(segments[1]!)[3]!;
    expect(legAlpha(paths)).toBe(50);
    expect(legAlpha(plainPaths)).toBe(225);
  });
});

describe('a filter step on the same legs', () => {
  const endpoints = computeRouteEndpoints(table);
  const cube = buildEventCube(table);
  const whole = makeFlowSegments(table, aggregateWindow(cube, NO_FILTERS).flows, endpoints);
  const onlyX = makeFlowSegments(
    table,
    aggregateWindow(cube, { ...NO_FILTERS, routes: ['x'] }).flows,
    endpoints,
  );

  it('keeps the path arrays and changes only the values', () => {
    expect(onlyX.map((s) => s.id)).toEqual(whole.map((s) => s.id));
    onlyX.forEach((s, i) => expect(s.path).toBe(whole[i]?.path));
    expect(sameLegGeometry(whole, onlyX)).toBe(true);
    expect(sameLegData(whole, onlyX)).toBe(true);
    expect(onlyX.find((s) => s.id === 'r1#0')?.people).toBe(0);
    expect(whole.find((s) => s.id === 'r1#0')?.people).toBeGreaterThan(0);
    // Another table's legs are other geometry.
    const other = tinyTable();
    const otherLegs = makeFlowSegments(
      other,
      aggregateWindow(buildEventCube(other), NO_FILTERS).flows,
      computeRouteEndpoints(other),
    );
    expect(sameLegGeometry(whole, otherLegs)).toBe(false);
    expect(sameLegGeometry(whole, whole.slice(1))).toBe(false);
  });

  it('tells deck.gl the data is unchanged and triggers the widths, dash counts and arrow sizes', () => {
    const [, pathsWhole] = makeFlowLayers(whole, DEFAULT_FLOW_STYLE);
    const [, pathsX] = makeFlowLayers(onlyX, DEFAULT_FLOW_STYLE);
    const compare = pathsX!.props.dataComparator!;
    expect(compare(pathsX!.props.data, pathsWhole!.props.data)).toBe(true);
    expect(pathsX!.props.updateTriggers.getWidth).not.toEqual(pathsWhole!.props.updateTriggers.getWidth);
    const motion = makeFlowMotionLayer(onlyX, 'people', true);
    expect(motion.props.dataComparator!(motion.props.data, whole)).toBe(true);
    const arrowsWhole = makeArrowLayer(whole, 'people');
    const arrowsX = makeArrowLayer(onlyX, 'people');
    // Same arrowhead objects (no glyph layout), sizes follow what each leg carries now.
    expect(arrowsX.props.data).toBe(arrowsWhole.props.data);
    const sizeOf = (layer: typeof arrowsX, id: string): number => {
      const arrow = (layer.props.data as Arrowhead[]).find((a) => a.id === id)!;
      return (layer.props.getSize as unknown as (a: Arrowhead) => number)(arrow);
    };
    expect(sizeOf(arrowsWhole, 'r1#0')).toBeGreaterThan(0);
    expect(sizeOf(arrowsX, 'r1#0')).toBe(0);
    expect(sizeOf(arrowsX, 'x#0')).toBeGreaterThan(0);
  });
});

describe('data bounds', () => {
  it('frame the narrow side of the globe for data on both sides of the antimeridian', () => {
    const pacific = loadTestTable(
      [
        makeEventFeature({ site: 'Nukuʻalofa' }, [-175.2, -21.1]),
        makeEventFeature({ site: 'Auckland' }, [174.8, -36.8]),
      ],
      null,
    );
    const bounds = dataBounds(pacific);
    expect(bounds).not.toBeNull();
    const [[west], [east]] = bounds!;
    expect(east - west).toBeLessThan(30);
    expect(west).toBeLessThan(174.8);
    expect(east).toBeGreaterThan(184.8);
  });

  it('cover events and corridors with a margin', () => {
    expect(dataBounds(table)).toEqual([
      [98, -10],
      [114, 2],
    ]);
  });
});

describe('event point layer data', () => {
  it('is the same object from one time step to the next, so deck.gl keeps its attributes', () => {
    const attributes = makeEventPointAttributes(table);
    const a = makeEventPointLayer(attributes, [0, 10]);
    const b = makeEventPointLayer(attributes, [5, 40]);
    expect(b.props.data).toBe(a.props.data);
    expect(b.props.filterRange).toEqual([5, 40]);
  });
});
