// The derived numbers every view shows, as plain data: headline totals, per-site totals, flows, series.
import type { EpochMonth } from './epoch-day';

export const MEASURES = ['people', 'boats', 'events', 'deaths', 'crew'] as const;
export type Measure = (typeof MEASURES)[number];

/** Counts for a set of events. `deaths` and `crew` sum recorded values only. */
export type Measures = Readonly<Record<Measure, number>>;

export interface HeadlineTotals {
  readonly all: Measures;
  /** Indexed by EVENT_KINDS. */
  readonly byKind: readonly Measures[];
  /** Indexed by OUTCOMES; interceptions only (index 0, "none", holds departures). */
  readonly byOutcome: readonly Measures[];
}

/**
 * Per-site totals, sparse: only the sites with records here (under the filters, in the window) get an
 * entry, so a result at 50,000 sites holds the ~25,000 a window touches, not all of them. Entry i is site
 * `codes[i]`; its (site, outcome) pairs with records are `pairStart[i]` .. `pairStart[i + 1] - 1`, outcomes
 * ascending. Read through the helpers in site-totals.ts (siteEntryOf, valuesBySiteCode, …).
 */
export interface SiteTotals {
  /** Site codes with at least one record, ascending. */
  readonly codes: Uint32Array;
  /** Per entry. */
  readonly people: Float64Array;
  readonly boats: Float64Array;
  readonly events: Float64Array;
  readonly departureEvents: Float64Array;
  readonly interceptionEvents: Float64Array;
  /** Dead and missing per entry (recorded values only). */
  readonly deaths: Float64Array;
  /** First pair of each entry (length codes.length + 1). */
  readonly pairStart: Uint32Array;
  /** Outcome index per pair (0 = departures). */
  readonly pairOutcome: Uint8Array;
  /** People, boats, dead and missing, and records per (site, outcome) pair. */
  readonly pairPeople: Float64Array;
  readonly pairBoats: Float64Array;
  readonly pairDeaths: Float64Array;
  readonly pairEvents: Float64Array;
}

/** Flows along one route: interception records only (each voyage once, see docs/data-format.md). */
export interface RouteFlow {
  readonly people: number;
  readonly boats: number;
  /** People on the leg from stage i to stage i + 1 (length = stages - 1). */
  readonly segmentPeople: readonly number[];
  readonly segmentBoats: readonly number[];
  /** Dead and missing on the route's records, and per leg (recorded values only). */
  readonly deaths: number;
  readonly segmentDeaths: readonly number[];
  /** Records on the route, and per leg. */
  readonly events: number;
  readonly segmentEvents: readonly number[];
}

export type SeriesSplit = 'route' | 'nationality' | 'outcome' | 'kind';

/** Monthly values for months firstMonth .. firstMonth + monthCount - 1, one row per split key. */
export interface MonthlySeries {
  readonly split: SeriesSplit;
  readonly firstMonth: EpochMonth;
  readonly monthCount: number;
  /** Names of the split keys (route ids, nationality codes, outcomes, kinds). */
  readonly keys: readonly string[];
  /** people[key * monthCount + monthSlot] */
  readonly people: Float64Array;
  readonly boats: Float64Array;
  /** Dead and missing (recorded values only); under a nationality split, of the boats carrying the key. */
  readonly deaths: Float64Array;
  /** Records; under a nationality split, of the boats carrying the key. */
  readonly events: Float64Array;
}

export interface WindowAggregates {
  readonly totals: HeadlineTotals;
  readonly sites: SiteTotals;
  /** Indexed by route code. */
  readonly flows: readonly RouteFlow[];
  readonly series: MonthlySeries;
}

/**
 * The measures a view can be drawn in: flows, symbols, series and ranked bars. `deaths` are the dead and
 * missing (recorded values only), `events` the records.
 */
export const VIEW_MEASURES = ['people', 'boats', 'deaths', 'events'] as const;
export type ViewMeasure = (typeof VIEW_MEASURES)[number];

const SEGMENT_FIELD = {
  people: 'segmentPeople',
  boats: 'segmentBoats',
  deaths: 'segmentDeaths',
  events: 'segmentEvents',
} as const satisfies Record<ViewMeasure, keyof RouteFlow>;

/** A route's per-leg values in one measure. */
export function segmentValuesOf(flow: RouteFlow, measure: ViewMeasure): readonly number[] {
  return flow[SEGMENT_FIELD[measure]];
}

const PAIR_FIELD = {
  people: 'pairPeople',
  boats: 'pairBoats',
  deaths: 'pairDeaths',
  events: 'pairEvents',
} as const satisfies Record<ViewMeasure, keyof SiteTotals>;

/** Per (site, outcome) pair values in one measure (see SiteTotals for the pair layout). */
export function pairValuesOf(sites: SiteTotals, measure: ViewMeasure): Float64Array {
  return sites[PAIR_FIELD[measure]];
}
