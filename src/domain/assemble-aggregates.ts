// The one place that lays grouped window sums out as WindowAggregates, so the reference path, the cube path
// and the benchmark baselines return results that compare field by field.
import type {
  HeadlineTotals,
  Measures,
  MonthlySeries,
  RouteFlow,
  SiteTotals,
  WindowAggregates,
} from './aggregates';
import type { EventTable, RouteInfo } from './event-table';
import { EVENT_KINDS, OUTCOMES } from './vocabulary';

/** Measures per kind×outcome slot in `WindowSumArrays.ko`: people, boats, events, deaths, crew. */
export const KO_MEASURES = 5;
/** Measures per (route, stage) in `WindowSumArrays.reach`: people, boats, deaths, events. */
export const REACH_MEASURES = 4;

/**
 * Headline and flow sums over a window, in flat arrays (per-site sums are SiteTotals, built apart). Assembly
 * takes ownership: the arrays end up in the result, so an accumulator that keeps running must hand over
 * copies.
 */
export interface WindowSumArrays {
  /** [(kind * OUTCOMES.length + outcome) * KO_MEASURES + measure] */
  readonly ko: Float64Array;
  /**
   * [(route * maxStages + stage) * REACH_MEASURES + k], k = 0 people, 1 boats, 2 deaths, 3 events: what
   * reached each stage.
   */
  readonly reach: Float64Array;
  readonly maxStages: number;
}

/** Stages of a route for flows: its corridor's, or two implicit ones (embarkation, destination). */
export function stageCountOf(route: RouteInfo): number {
  return route.hasCorridor ? route.stages.length : 2;
}

/** The largest stage count over the table's routes (at least 2): the stride of `WindowSumArrays.reach`. */
export function maxStagesOf(table: EventTable): number {
  let max = 2;
  for (const route of table.routes) max = Math.max(max, stageCountOf(route));
  return max;
}

/** Where each part of WindowSumArrays sits in one flat Float64Array, for a table's dictionary sizes. */
export interface WindowSumLayout {
  readonly maxStages: number;
  readonly ko: number;
  readonly reach: number;
  /** Elements in all: the layout's parts are contiguous from 0 to length. */
  readonly length: number;
}

export function windowSumLayoutOf(table: EventTable): WindowSumLayout {
  const maxStages = maxStagesOf(table);
  const ko = 0;
  const reach = ko + EVENT_KINDS.length * OUTCOMES.length * KO_MEASURES;
  const length = reach + table.routes.length * maxStages * REACH_MEASURES;
  return { maxStages, ko, reach, length };
}

/** WindowSumArrays as views into `flat` (laid out by `layout`, starting at element 0): one allocation. */
export function viewWindowSums(flat: Float64Array, layout: WindowSumLayout): WindowSumArrays {
  return {
    ko: flat.subarray(layout.ko, layout.reach),
    reach: flat.subarray(layout.reach, layout.length),
    maxStages: layout.maxStages,
  };
}

/** Zeroed sum arrays sized for `table`. */
export function makeWindowSumArrays(table: EventTable): WindowSumArrays {
  const layout = windowSumLayoutOf(table);
  return viewWindowSums(new Float64Array(layout.length), layout);
}

function measuresOf(ko: Float64Array, slots: readonly number[]): Measures {
  let people = 0;
  let boats = 0;
  let events = 0;
  let deaths = 0;
  let crew = 0;
  for (const slot of slots) {
    const o = slot * KO_MEASURES;
    people += ko[o] ?? 0;
    boats += ko[o + 1] ?? 0;
    events += ko[o + 2] ?? 0;
    deaths += ko[o + 3] ?? 0;
    crew += ko[o + 4] ?? 0;
  }
  return { people, boats, events, deaths, crew };
}

/** Kind×outcome slots per headline figure; fixed by the vocabularies, so computed once. */
const ALL_SLOTS: readonly number[] = Array.from(
  { length: EVENT_KINDS.length * OUTCOMES.length },
  (_, i) => i,
);
const KIND_SLOTS: readonly (readonly number[])[] = EVENT_KINDS.map((_, k) =>
  OUTCOMES.map((_o, o) => k * OUTCOMES.length + o),
);
const OUTCOME_SLOTS: readonly (readonly number[])[] = OUTCOMES.map((_, o) =>
  EVENT_KINDS.map((_k, k) => k * OUTCOMES.length + o),
);

/** Sum over stages [0, stages) of measure k, and per leg the suffix sums from stage 1 on. */
function reachSums(
  reach: Float64Array,
  base: number,
  stages: number,
  k: number,
): { total: number; legs: number[] } {
  let total = 0;
  for (let s = 0; s < stages; s++) total += reach[base + s * REACH_MEASURES + k] ?? 0;
  // Suffix sums: the leg from stage i to i + 1 carries everyone who reached stage i + 1 or beyond.
  const legs = new Array<number>(Math.max(0, stages - 1));
  let carried = 0;
  for (let s = stages - 1; s >= 1; s--) {
    carried += reach[base + s * REACH_MEASURES + k] ?? 0;
    legs[s - 1] = carried;
  }
  return { total, legs };
}

/** Per route and measure: what reached any stage, and per leg everything that reached its far stage. */
function flowsOf(table: EventTable, reach: Float64Array, maxStages: number): RouteFlow[] {
  const flows: RouteFlow[] = new Array<RouteFlow>(table.routes.length);
  for (let r = 0; r < table.routes.length; r++) {
    const route = table.routes[r];
    const stages = route === undefined ? 0 : stageCountOf(route);
    const base = r * maxStages * REACH_MEASURES;
    const people = reachSums(reach, base, stages, 0);
    const boats = reachSums(reach, base, stages, 1);
    const deaths = reachSums(reach, base, stages, 2);
    const events = reachSums(reach, base, stages, 3);
    flows[r] = {
      people: people.total,
      boats: boats.total,
      segmentPeople: people.legs,
      segmentBoats: boats.legs,
      deaths: deaths.total,
      segmentDeaths: deaths.legs,
      events: events.total,
      segmentEvents: events.legs,
    };
  }
  return flows;
}

/** WindowAggregates from window sums, site totals and a monthly series (owned by the result from now on). */
export function assembleAggregates(
  table: EventTable,
  sums: WindowSumArrays,
  sites: SiteTotals,
  series: MonthlySeries,
): WindowAggregates {
  const totals: HeadlineTotals = {
    all: measuresOf(sums.ko, ALL_SLOTS),
    byKind: KIND_SLOTS.map((slots) => measuresOf(sums.ko, slots)),
    byOutcome: OUTCOME_SLOTS.map((slots) => measuresOf(sums.ko, slots)),
  };
  return {
    totals,
    sites,
    flows: flowsOf(table, sums.reach, sums.maxStages),
    series,
  };
}
