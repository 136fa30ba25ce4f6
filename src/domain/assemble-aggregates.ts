// The one place that lays grouped window sums out as WindowAggregates, so the reference path, the cube path
// and the benchmark baselines return results that compare field by field.
import type { HeadlineTotals, Measures, MonthlySeries, RouteFlow, WindowAggregates } from './aggregates';
import type { EventTable, RouteInfo } from './event-table';
import { EVENT_KINDS, OUTCOMES } from './vocabulary';

/** Measures per kind×outcome slot in `WindowSumArrays.ko`: people, boats, events, deaths, crew. */
export const KO_MEASURES = 5;

/**
 * Sums over a window, in flat arrays. Assembly takes ownership: the arrays end up in the result, so an
 * accumulator that keeps running must hand over copies.
 */
export interface WindowSumArrays {
  /** [(kind * OUTCOMES.length + outcome) * KO_MEASURES + measure] */
  readonly ko: Float64Array;
  /** Per site code. */
  readonly sitePeople: Float64Array;
  readonly siteBoats: Float64Array;
  readonly siteEvents: Float64Array;
  readonly siteDepartureEvents: Float64Array;
  readonly siteInterceptionEvents: Float64Array;
  /** [site * OUTCOMES.length + outcome] */
  readonly siteOutcomePeople: Float64Array;
  readonly siteOutcomeBoats: Float64Array;
  /** [(route * maxStages + stage) * 2 + k], k = 0 people, 1 boats: what reached each stage. */
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
  readonly sites: number;
  readonly maxStages: number;
  readonly ko: number;
  readonly sitePeople: number;
  readonly siteBoats: number;
  readonly siteEvents: number;
  readonly siteDepartureEvents: number;
  readonly siteInterceptionEvents: number;
  readonly siteOutcomePeople: number;
  readonly siteOutcomeBoats: number;
  readonly reach: number;
  /** Elements in all: the layout's parts are contiguous from 0 to length. */
  readonly length: number;
}

export function windowSumLayoutOf(table: EventTable): WindowSumLayout {
  const sites = table.sites.length;
  const maxStages = maxStagesOf(table);
  const ko = 0;
  const sitePeople = ko + EVENT_KINDS.length * OUTCOMES.length * KO_MEASURES;
  const siteBoats = sitePeople + sites;
  const siteEvents = siteBoats + sites;
  const siteDepartureEvents = siteEvents + sites;
  const siteInterceptionEvents = siteDepartureEvents + sites;
  const siteOutcomePeople = siteInterceptionEvents + sites;
  const siteOutcomeBoats = siteOutcomePeople + sites * OUTCOMES.length;
  const reach = siteOutcomeBoats + sites * OUTCOMES.length;
  const length = reach + table.routes.length * maxStages * 2;
  return {
    sites,
    maxStages,
    ko,
    sitePeople,
    siteBoats,
    siteEvents,
    siteDepartureEvents,
    siteInterceptionEvents,
    siteOutcomePeople,
    siteOutcomeBoats,
    reach,
    length,
  };
}

/**
 * WindowSumArrays as views into `flat` (laid out by `layout`, starting at element 0). One buffer instead of
 * nine arrays: a result costs one allocation and one copy, which matters when it is made on every step.
 */
export function viewWindowSums(flat: Float64Array, layout: WindowSumLayout): WindowSumArrays {
  const o = OUTCOMES.length;
  const n = layout.sites;
  return {
    ko: flat.subarray(layout.ko, layout.sitePeople),
    sitePeople: flat.subarray(layout.sitePeople, layout.sitePeople + n),
    siteBoats: flat.subarray(layout.siteBoats, layout.siteBoats + n),
    siteEvents: flat.subarray(layout.siteEvents, layout.siteEvents + n),
    siteDepartureEvents: flat.subarray(layout.siteDepartureEvents, layout.siteDepartureEvents + n),
    siteInterceptionEvents: flat.subarray(layout.siteInterceptionEvents, layout.siteInterceptionEvents + n),
    siteOutcomePeople: flat.subarray(layout.siteOutcomePeople, layout.siteOutcomePeople + n * o),
    siteOutcomeBoats: flat.subarray(layout.siteOutcomeBoats, layout.siteOutcomeBoats + n * o),
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

/** Per route: people and boats that reached any stage, and per leg everyone who reached its far stage. */
function flowsOf(table: EventTable, reach: Float64Array, maxStages: number): RouteFlow[] {
  const flows: RouteFlow[] = new Array<RouteFlow>(table.routes.length);
  for (let r = 0; r < table.routes.length; r++) {
    const route = table.routes[r];
    const stages = route === undefined ? 0 : stageCountOf(route);
    const base = r * maxStages * 2;
    let people = 0;
    let boats = 0;
    for (let s = 0; s < stages; s++) {
      people += reach[base + s * 2] ?? 0;
      boats += reach[base + s * 2 + 1] ?? 0;
    }
    // Suffix sums: the leg from stage i to i + 1 carries everyone who reached stage i + 1 or beyond.
    const legs = Math.max(0, stages - 1);
    const segmentPeople = new Array<number>(legs);
    const segmentBoats = new Array<number>(legs);
    let carriedPeople = 0;
    let carriedBoats = 0;
    for (let s = stages - 1; s >= 1; s--) {
      carriedPeople += reach[base + s * 2] ?? 0;
      carriedBoats += reach[base + s * 2 + 1] ?? 0;
      segmentPeople[s - 1] = carriedPeople;
      segmentBoats[s - 1] = carriedBoats;
    }
    flows[r] = { people, boats, segmentPeople, segmentBoats };
  }
  return flows;
}

/** WindowAggregates from window sums and a monthly series (both owned by the result from now on). */
export function assembleAggregates(
  table: EventTable,
  sums: WindowSumArrays,
  series: MonthlySeries,
): WindowAggregates {
  const totals: HeadlineTotals = {
    all: measuresOf(sums.ko, ALL_SLOTS),
    byKind: KIND_SLOTS.map((slots) => measuresOf(sums.ko, slots)),
    byOutcome: OUTCOME_SLOTS.map((slots) => measuresOf(sums.ko, slots)),
  };
  return {
    totals,
    sites: {
      people: sums.sitePeople,
      boats: sums.siteBoats,
      events: sums.siteEvents,
      departureEvents: sums.siteDepartureEvents,
      interceptionEvents: sums.siteInterceptionEvents,
      outcomePeople: sums.siteOutcomePeople,
      outcomeBoats: sums.siteOutcomeBoats,
    },
    flows: flowsOf(table, sums.reach, sums.maxStages),
    series,
  };
}
