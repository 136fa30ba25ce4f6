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
}

/** Flows along one route: interception records only (each voyage once, see docs/data-format.md). */
export interface RouteFlow {
  readonly people: number;
  readonly boats: number;
  /** People on the leg from stage i to stage i + 1 (length = stages - 1). */
  readonly segmentPeople: readonly number[];
  readonly segmentBoats: readonly number[];
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
}

export interface WindowAggregates {
  readonly totals: HeadlineTotals;
  readonly sites: SiteTotals;
  /** Indexed by route code. */
  readonly flows: readonly RouteFlow[];
  readonly series: MonthlySeries;
}
