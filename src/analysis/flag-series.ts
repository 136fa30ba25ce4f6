// The monthly count series the early-warning flags test: the total, each route, each site and each
// nationality, over the whole period under every filter but time, of people or boats. Total, route and
// nationality series count voyages (interception records, each voyage once, as the Overview's series);
// site series count every record at the site (embarkation sites have departures, the others
// interceptions). Series that are zero throughout are left out; per dimension only the `topN` largest by
// volume are kept (the rest are counted, and said to be untested). Pure; memoized on its inputs.
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { makeSiteMonthSeries } from '@/domain/site-month-series';
import type { MapMeasure } from '@/domain/view-options';
import { EVENT_KINDS } from '@/domain/vocabulary';
import { memoizeLast } from '@/lib/memoize-last';
import { voyageFilters, voyageRecords } from '@/charts/chart-filters';
import { selectAggregatesBy, selectCube } from '@/state/select-aggregates';

export const FLAG_DIMENSIONS = ['total', 'route', 'site', 'nationality'] as const;
export type FlagDimension = (typeof FLAG_DIMENSIONS)[number];

/** Series kept per dimension (by volume over the whole period). */
export const FLAG_TOP_N = 30;

export interface FlagSeries {
  readonly dimension: FlagDimension;
  /** Route id, site name or nationality code; '' for the total. */
  readonly key: string;
  /** counts[i] = the month firstMonth + i. */
  readonly counts: Float64Array;
  /** Sum over the whole period. */
  readonly volume: number;
}

export interface FlagSeriesSet {
  readonly firstMonth: EpochMonth;
  readonly monthCount: number;
  readonly measure: MapMeasure;
  readonly series: readonly FlagSeries[];
  /** Per dimension: series with counts, and how many of them are tested (the topN largest). */
  readonly coverage: Readonly<
    Record<FlagDimension, { readonly withCounts: number; readonly tested: number }>
  >;
}

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

/** The rows of a split series (one per key) as series of their own. */
function splitSeries(
  dimension: FlagDimension,
  keys: readonly string[],
  values: Float64Array,
  monthCount: number,
): FlagSeries[] {
  return keys.map((key, code) => {
    const counts = values.slice(code * monthCount, (code + 1) * monthCount);
    return { dimension, key, counts, volume: sumOf(counts) };
  });
}

/** Per-site monthly values, in one pass over the cube (a window per month costs seconds at 4,000 sites). */
function siteSeries(table: EventTable, filters: EventFilters, measure: MapMeasure): FlagSeries[] {
  return splitSeries(
    'site',
    table.sites.map((s) => s.name),
    makeSiteMonthSeries(selectCube(table), filters, measure),
    table.monthCount,
  );
}

function keepLargest(all: readonly FlagSeries[], topN: number): { kept: FlagSeries[]; withCounts: number } {
  const withCounts = all.filter((s) => s.volume > 0);
  const kept = withCounts
    .slice()
    .sort((a, b) => b.volume - a.volume || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, topN);
  return { kept, withCounts: withCounts.length };
}

export function makeFlagSeries(
  table: EventTable,
  filters: EventFilters,
  measure: MapMeasure,
  topN = FLAG_TOP_N,
): FlagSeriesSet {
  const whole: EventFilters = { ...filters, timeRange: null };
  const voyages = voyageFilters(whole);
  const n = table.monthCount;
  const byKind = selectAggregatesBy(table, whole, 'kind').series;
  const kind = EVENT_KINDS.indexOf(voyageRecords(whole) === 'departures' ? 'departure' : 'interception');
  const totalCounts = byKind[measure].slice(kind * n, (kind + 1) * n);
  const total: FlagSeries = {
    dimension: 'total',
    key: '',
    counts: totalCounts,
    volume: sumOf(totalCounts),
  };
  const routes = selectAggregatesBy(table, voyages, 'route').series;
  const nationalities = selectAggregatesBy(table, voyages, 'nationality').series;
  const groups: Record<Exclude<FlagDimension, 'total'>, FlagSeries[]> = {
    route: splitSeries('route', routes.keys, routes[measure], n),
    site: siteSeries(table, whole, measure),
    nationality: splitSeries('nationality', nationalities.keys, nationalities[measure], n),
  };
  const series: FlagSeries[] = total.volume > 0 ? [total] : [];
  const coverage = {
    total: { withCounts: total.volume > 0 ? 1 : 0, tested: total.volume > 0 ? 1 : 0 },
    route: { withCounts: 0, tested: 0 },
    site: { withCounts: 0, tested: 0 },
    nationality: { withCounts: 0, tested: 0 },
  };
  for (const dimension of ['route', 'site', 'nationality'] as const) {
    const { kept, withCounts } = keepLargest(groups[dimension], topN);
    series.push(...kept);
    coverage[dimension] = { withCounts, tested: kept.length };
  }
  return { firstMonth: table.firstMonth, monthCount: n, measure, series, coverage };
}

/**
 * Memoized on the table, the filter lists (not the filters object: moving the time window keeps the
 * series) and the measure.
 */
const memoized = memoizeLast(
  (
    table: EventTable,
    kinds: EventFilters['kinds'],
    routes: EventFilters['routes'],
    nationalities: EventFilters['nationalities'],
    outcomes: EventFilters['outcomes'],
    sites: EventFilters['sites'],
    measure: MapMeasure,
  ): FlagSeriesSet =>
    makeFlagSeries(table, { timeRange: null, kinds, routes, nationalities, outcomes, sites }, measure),
);

export function selectFlagSeries(
  table: EventTable,
  filters: EventFilters,
  measure: MapMeasure,
): FlagSeriesSet {
  return memoized(
    table,
    filters.kinds,
    filters.routes,
    filters.nationalities,
    filters.outcomes,
    filters.sites,
    measure,
  );
}
