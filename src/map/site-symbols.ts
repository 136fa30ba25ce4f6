// Proportional symbols per site and outcome: area ∝ the chosen measure in the current filter; shape and
// colour by outcome. Several outcomes at one site sit side by side at fixed offsets.
import { pairValuesOf, type SiteTotals } from '@/domain/aggregates';
import type { EventTable } from '@/domain/event-table';
import { lonFrameWest, toLonFrame } from '@/domain/unwrap-longitudes';
import type { PickingInfo } from '@deck.gl/core';
import { orderByValueDescending } from '@/lib/order-by-value';
import type { FlowMeasure } from './flow-scale';

/** One symbol as an object: what the tooltip and a click read (siteSymbolAt). */
export interface SiteSymbol {
  /** Stable id: `${site}:${outcome}`. */
  readonly id: string;
  readonly site: number;
  readonly siteName: string;
  /** Outcome index; 0 means departures. */
  readonly outcome: number;
  readonly position: readonly [lon: number, lat: number];
  readonly people: number;
  readonly boats: number;
  readonly deaths: number;
  readonly events: number;
  /** Screen offset so symbols of one site do not hide each other, in pixels. */
  readonly offsetPx: readonly [x: number, y: number];
}

/**
 * Every symbol of the current filter as columns, biggest first: the layer hands them to deck.gl as binary
 * attributes, so a filter step builds no object per symbol and deck.gl calls no accessor per symbol for
 * positions, offsets and sizes (at 4,000 sites: 14 ms of objects and 36 ms of accessors before).
 */
export interface SiteSymbols {
  readonly table: EventTable;
  readonly length: number;
  /** Site code per symbol. */
  readonly site: Uint32Array;
  /** Outcome index per symbol (0 = departures). */
  readonly outcome: Uint8Array;
  readonly people: Float64Array;
  readonly boats: Float64Array;
  readonly deaths: Float64Array;
  readonly events: Float64Array;
  /** Longitude and latitude per symbol, degrees, longitudes in the table's frame (float64, as deck.gl's). */
  readonly positions: Float64Array;
  /** Screen offset per symbol, x and y in pixels. */
  readonly offsetsPx: Float32Array;
}

/** Offset of a symbol from its site's place when the site shows several outcomes, pixels. */
const SHARED_SITE_OFFSET_PX = 9;

/** Site places per table in the map's longitude frame: lon, lat per site code (degrees). */
const sitePlaces = new WeakMap<EventTable, Float64Array>();
function sitePlacesOf(table: EventTable): Float64Array {
  const known = sitePlaces.get(table);
  if (known !== undefined) return known;
  const west = lonFrameWest(table);
  const places = new Float64Array(table.sites.length * 2);
  table.sites.forEach((site, code) => {
    places[code * 2] = toLonFrame(site.lon, west);
    places[code * 2 + 1] = site.lat;
  });
  sitePlaces.set(table, places);
  return places;
}

/** Screen offset per outcome at a shared site (x, y pixels): a fixed direction each, 60° apart. */
const SHARED_OFFSETS_PX = Float32Array.from({ length: 512 }, (_, i) => {
  const angle = (Math.floor(i / 2) * Math.PI) / 3;
  return i % 2 === 0 ? Math.cos(angle) * SHARED_SITE_OFFSET_PX : -Math.sin(angle) * SHARED_SITE_OFFSET_PX;
});

/**
 * Symbols for every (site, outcome) with something in the current filter, biggest first. Typed arrays
 * only (site places and offsets are looked up, not computed): this runs on every filter and time step.
 */
export function makeSiteSymbols(table: EventTable, sites: SiteTotals, measure: FlowMeasure): SiteSymbols {
  const places = sitePlacesOf(table);
  const siteCount = table.sites.length;
  const shown = pairValuesOf(sites, measure === 'boats' ? 'people' : measure);
  const peopleOrBoats = measure === 'people' || measure === 'boats';
  // The pairs drawn, in site order: their entry, and whether their site draws more than one.
  const maxPairs = sites.pairStart[sites.codes.length] ?? 0;
  const pairs = new Uint32Array(maxPairs);
  const entries = new Uint32Array(maxPairs);
  const shared = new Uint8Array(maxPairs);
  let n = 0;
  // Only the sites with records have an entry (sparse totals), in site code order.
  for (let i = 0; i < sites.codes.length; i++) {
    if ((sites.codes[i] ?? 0) >= siteCount) continue;
    const first = n;
    // People and boats go together (a boat of unknown people still shows); deaths and records draw only
    // where they are: a site with records but no deaths draws nothing for deaths.
    for (let p = sites.pairStart[i] ?? 0; p < (sites.pairStart[i + 1] ?? 0); p++) {
      if ((shown[p] ?? 0) > 0 || (peopleOrBoats && (sites.pairBoats[p] ?? 0) > 0)) {
        pairs[n] = p;
        entries[n] = i;
        n++;
      }
    }
    if (n - first > 1) shared.fill(1, first, n);
  }
  const sortValues = measure === 'boats' ? sites.pairBoats : shown;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = sortValues[pairs[k] ?? 0] ?? 0;
  // Biggest first, ties in site order.
  const order = orderByValueDescending(values);
  const out: SiteSymbols = {
    table,
    length: n,
    site: new Uint32Array(n),
    outcome: new Uint8Array(n),
    people: new Float64Array(n),
    boats: new Float64Array(n),
    deaths: new Float64Array(n),
    events: new Float64Array(n),
    positions: new Float64Array(n * 2),
    offsetsPx: new Float32Array(n * 2),
  };
  for (let j = 0; j < n; j++) {
    const k = order[j] ?? 0;
    const p = pairs[k] ?? 0;
    const code = sites.codes[entries[k] ?? 0] ?? 0;
    const o = sites.pairOutcome[p] ?? 0;
    out.site[j] = code;
    out.outcome[j] = o;
    out.people[j] = sites.pairPeople[p] ?? 0;
    out.boats[j] = sites.pairBoats[p] ?? 0;
    out.deaths[j] = sites.pairDeaths[p] ?? 0;
    out.events[j] = sites.pairEvents[p] ?? 0;
    out.positions[j * 2] = places[code * 2] ?? 0;
    out.positions[j * 2 + 1] = places[code * 2 + 1] ?? 0;
    // A fixed direction per outcome keeps a symbol in place while filters change.
    if (shared[k] === 1) {
      out.offsetsPx[j * 2] = SHARED_OFFSETS_PX[o * 2] ?? 0;
      out.offsetsPx[j * 2 + 1] = SHARED_OFFSETS_PX[o * 2 + 1] ?? 0;
    }
  }
  return out;
}

/** Symbol objects already handed out, per set of symbols: a hover over one symbol gets the same object. */
const symbolObjects = new WeakMap<SiteSymbols, Map<number, SiteSymbol>>();

/** Symbol `index` of `symbols` as an object (the same object each time), or null when out of range. */
export function siteSymbolAt(symbols: SiteSymbols, index: number): SiteSymbol | null {
  if (!Number.isInteger(index) || index < 0 || index >= symbols.length) return null;
  let made = symbolObjects.get(symbols);
  if (made === undefined) {
    made = new Map();
    symbolObjects.set(symbols, made);
  }
  const known = made.get(index);
  if (known !== undefined) return known;
  const site = symbols.site[index] ?? 0;
  const outcome = symbols.outcome[index] ?? 0;
  const symbol: SiteSymbol = {
    id: `${site}:${outcome}`,
    site,
    siteName: symbols.table.sites[site]?.name ?? '',
    outcome,
    position: [symbols.positions[index * 2] ?? 0, symbols.positions[index * 2 + 1] ?? 0],
    people: symbols.people[index] ?? 0,
    boats: symbols.boats[index] ?? 0,
    deaths: symbols.deaths[index] ?? 0,
    events: symbols.events[index] ?? 0,
    offsetPx: [symbols.offsetsPx[index * 2] ?? 0, symbols.offsetsPx[index * 2 + 1] ?? 0],
  };
  made.set(index, symbol);
  return symbol;
}

/** The id of the symbols' deck.gl layer (site-symbol-layer.ts), which picking recognises. */
export const SITE_SYMBOL_LAYER_ID = 'site-symbols';

/** The layer's binary data (a length and attributes by accessor name), carrying the symbols for picking. */
export interface SiteSymbolLayerData {
  readonly length: number;
  readonly attributes: Readonly<
    Record<string, { readonly value: Float64Array | Float32Array; readonly size: number }>
  >;
  readonly symbols: SiteSymbols;
}

function isSymbolLayerData(data: unknown): data is SiteSymbolLayerData {
  return typeof data === 'object' && data !== null && 'symbols' in data && 'attributes' in data;
}

/**
 * The symbol under the pointer, or null when `info` picked something else. deck.gl leaves `info.object`
 * empty for binary data; the picked index names the symbol in the layer's columns. Here, not beside the
 * layer: picking is in the first chunk, and the layer's module imports deck.gl.
 */
export function pickedSiteSymbol(info: PickingInfo): SiteSymbol | null {
  if (info.layer?.id !== SITE_SYMBOL_LAYER_ID) return null;
  const data: unknown = info.layer.props.data;
  return isSymbolLayerData(data) ? siteSymbolAt(data.symbols, info.index) : null;
}

/** Every symbol as an object, biggest first (for tests; the map reads the columns). */
export function listSiteSymbols(symbols: SiteSymbols): SiteSymbol[] {
  const list: SiteSymbol[] = [];
  for (let i = 0; i < symbols.length; i++) {
    const symbol = siteSymbolAt(symbols, i);
    if (symbol !== null) list.push(symbol);
  }
  return list;
}

export interface SymbolStyle {
  readonly measure: FlowMeasure;
  /** Diameter of the biggest symbol, in pixels; area is linear in value. */
  readonly maxSizePx: number;
  readonly minSizePx: number;
  /** Site code to emphasise, or -1. */
  readonly selectedSite: number;
}

export const DEFAULT_SYMBOL_STYLE: SymbolStyle = {
  measure: 'people',
  maxSizePx: 46,
  minSizePx: 7,
  selectedSite: -1,
};

/** Diameter in pixels for a value: area ∝ value (so diameter ∝ √value), at least minSizePx. */
export function symbolSizePx(value: number, maxValue: number, style: SymbolStyle): number {
  if (value <= 0 || maxValue <= 0) return style.minSizePx;
  return Math.max(style.minSizePx, Math.sqrt(value / maxValue) * style.maxSizePx);
}
