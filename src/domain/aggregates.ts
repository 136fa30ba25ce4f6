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

/** Per site (index = site code): totals split by kind. */
export interface SiteTotals {
  readonly people: Float64Array;
  readonly boats: Float64Array;
  readonly events: Float64Array;
  readonly departureEvents: Float64Array;
  readonly interceptionEvents: Float64Array;
  /** People per site and outcome: index site * OUTCOMES.length + outcome (outcome 0 = departures). */
  readonly outcomePeople: Float64Array;
  /** Boats per site and outcome, same layout. */
  readonly outcomeBoats: Float64Array;
  /** Dead and missing per site (recorded values only). */
  readonly deaths: Float64Array;
  /** Dead and missing per site and outcome, same layout as outcomePeople. */
  readonly outcomeDeaths: Float64Array;
  /** Records per site and outcome, same layout. */
  readonly outcomeEvents: Float64Array;
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

const OUTCOME_FIELD = {
  people: 'outcomePeople',
  boats: 'outcomeBoats',
  deaths: 'outcomeDeaths',
  events: 'outcomeEvents',
} as const satisfies Record<ViewMeasure, keyof SiteTotals>;

/** Per site and outcome values in one measure (index site * OUTCOMES.length + outcome). */
export function siteOutcomeValuesOf(sites: SiteTotals, measure: ViewMeasure): Float64Array {
  return sites[OUTCOME_FIELD[measure]];
}
