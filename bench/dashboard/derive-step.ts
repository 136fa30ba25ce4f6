// What the dashboard derives on the main thread from (table, filters) when the time window moves, called
// through the same src functions and selectors the components call (see the file named in each part).
// Only view glue with no src function is left out: labels, colours, i18n strings, JSX. Each part's time
// includes the aggregateWindow calls whose cache it is the first to miss, in the order below.
import { performance } from 'node:perf_hooks';

import { makeBrushBins } from '@/charts/brush-bins';
import { withoutDimension } from '@/charts/chart-filters';
import { countSplit, dimensionValues, optionCounts } from '@/charts/filter-counts';
import { makeFlowBreakdownView } from '@/charts/flow-breakdown-view';
import { KPI_IDS } from '@/charts/kpi-values';
import { makeKpiView } from '@/charts/kpi-view';
import { makeRankedViews } from '@/charts/ranked-views';
import { selectAggregatesBy } from '@/state/select-aggregates';
import { makeSeriesView } from '@/charts/series-view';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { makeFlowSegments } from '@/domain/flow-segments';
import type { RouteEndpoints } from '@/domain/route-endpoints';
import type { Granularity } from '@/domain/time-buckets';
import { OUTCOME_LANDED } from '@/domain/vocabulary';
import { makeSiteSymbols } from '@/map/site-symbols';
import { selectAggregates } from '@/state/select-aggregates';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { FILTER_DIMENSIONS } from '@/domain/filter-dimensions';

/** The parts a step is split into, in the order they run. */
export const PARTS = [
  'aggregates',
  'kpi',
  'series',
  'ranked',
  'flows',
  'filterCounts',
  'map',
  'timeline',
] as const;
export type Part = (typeof PARTS)[number];
const AGGREGATES = 0;
const KPI = 1;
const SERIES = 2;
const RANKED = 3;
const FLOWS = 4;
const FILTER_COUNTS = 5;
const MAP = 6;
const TIMELINE = 7;

export const PART_LABELS: Readonly<Record<Part, string>> = {
  aggregates: 'header/map aggregates (selectAggregates, route split)',
  kpi: 'KPI current + previous window',
  series: 'series rows (voyages, route split, month)',
  ranked: 'ranked: nationalities, embarkation, interception',
  flows: 'flow stages',
  filterCounts: 'filter option counts (5 dimensions)',
  map: 'map: flow segments + site symbols',
  timeline: 'timeline histogram (whole period, kind split)',
};

/** Sizes of what one step hands to views (rows/entries/objects per array). */
export interface ViewSizes {
  readonly seriesRows: number;
  readonly seriesStacks: number;
  /** Rows × stacks + rows: the numbers in the series chart's data. */
  readonly seriesCells: number;
  readonly rankedRows: number;
  readonly flowStageRows: number;
  readonly kpiValues: number;
  readonly filterOptions: number;
  readonly mapSegments: number;
  readonly mapSymbols: number;
  readonly timelineBins: number;
  /** Largest single array handed to a view. */
  readonly largestArray: number;
  /** Everything above summed (the series counted as its cells). */
  readonly total: number;
}

/** Per-table state the app builds once per table (useMemo on [table]) and reuses on every step. */
export interface TableContext {
  readonly table: EventTable;
  readonly endpoints: readonly RouteEndpoints[];
}

/** App settings the derivations read (the store defaults). */
const MEASURE = 'people' as const;
const GRANULARITY: Granularity = 'month';
const CHART_SPLIT = 'route' as const;

/** Keeps a value reachable so that no work is optimised away. */
let sink = 0;
export function sinkValue(): number {
  return sink;
}

/**
 * Everything derived for one store state: `storeFilters` is the store's filters object (a new one per
 * setTimeRange), with no map selection. Writes each part's time (ms) into `partMs` (indexed like PARTS).
 */
export function deriveStep(ctx: TableContext, storeFilters: EventFilters, partMs: Float64Array): ViewSizes {
  const { table } = ctx;
  let t = performance.now();
  const lap = (part: number): void => {
    const now = performance.now();
    partMs[part] = now - t;
    t = now;
  };

  // --- header-bar.tsx, use-map-data.ts: the effective filters and their aggregates (route split).
  const filters = selectEffectiveFilters(storeFilters, null);
  const aggregates = selectAggregates(table, filters);
  const landed = aggregates.totals.byOutcome[OUTCOME_LANDED]?.people ?? 0;
  lap(AGGREGATES);

  // --- kpi-cards.tsx: the key figures' view-model (current values, previous window, changes).
  const kpi = makeKpiView(table, filters);
  let changes = 0;
  for (const figure of kpi.figures)
    if (typeof figure.change === 'object' && figure.change) changes += figure.change.delta;
  const current = { 'landed-people': kpi.figures[0]?.value ?? 0 };
  lap(KPI);

  // --- series-section.tsx: the series view-model (voyages, route split, per month, people).
  const stacked = makeSeriesView(table, filters, {
    split: CHART_SPLIT,
    granularity: GRANULARITY,
    measure: MEASURE,
  });
  lap(SERIES);

  // --- charts-panel.tsx RankedSections: the ranked view-models.
  const ranked = makeRankedViews(table, filters);
  const rankedNat = ranked.nationalities.ranked;
  const rankedEmb = ranked.embarkation.ranked;
  const rankedInt = ranked.interception.ranked;
  lap(RANKED);

  // --- flow-breakdown.tsx: the flow-breakdown view-model.
  const flowTables = makeFlowBreakdownView(table, filters, MEASURE);
  lap(FLOWS);

  // --- filters-panel.tsx DimensionFilter, per dimension: counts without the dimension's own filter.
  let filterOptions = 0;
  let largestOptions = 0;
  let countSum = 0;
  for (const dimension of FILTER_DIMENSIONS) {
    const counts = optionCounts(
      table,
      selectAggregatesBy(table, withoutDimension(filters, dimension), countSplit(dimension)),
      dimension,
    );
    const values = dimensionValues(table, dimension);
    for (let code = 0; code < values.length; code++) countSum += counts[code] ?? 0;
    filterOptions += values.length;
    largestOptions = Math.max(largestOptions, values.length);
  }
  lap(FILTER_COUNTS);

  // --- use-map-data.ts: flow legs and site symbols from the same aggregates as the header (memo hit).
  const mapAggregates = selectAggregates(table, filters);
  const segments = makeFlowSegments(table, mapAggregates.flows, ctx.endpoints);
  const symbols = makeSiteSymbols(table, mapAggregates.sites, MEASURE);
  lap(MAP);

  // --- timeline-bar.tsx: the histogram's view-model, under every filter but time (its series is
  // memoized on the filter lists, so a time step recomputes only the bins).
  const bins = makeBrushBins(table, filters, GRANULARITY, MEASURE);
  lap(TIMELINE);

  sink =
    (sink +
      landed +
      current['landed-people'] +
      changes +
      stacked.total +
      rankedNat.total +
      rankedEmb.total +
      rankedInt.total +
      (flowTables[0]?.total ?? 0) +
      countSum +
      (segments[0]?.people ?? 0) +
      (symbols.people[0] ?? 0) +
      (bins[0]?.values[0] ?? 0)) %
    1e9;

  const seriesCells = stacked.rows.length * (stacked.stacks.length + 1);
  const rankedRows = rankedNat.rows.length + rankedEmb.rows.length + rankedInt.rows.length;
  const flowStageRows = flowTables.reduce((sum, r) => sum + r.stages.length, 0);
  const kpiCount = KPI_IDS.length * (kpi.previous.kind === 'comparable' ? 2 : 1);
  return {
    seriesRows: stacked.rows.length,
    seriesStacks: stacked.stacks.length,
    seriesCells,
    rankedRows,
    flowStageRows,
    kpiValues: kpiCount,
    filterOptions,
    mapSegments: segments.length,
    mapSymbols: symbols.length,
    timelineBins: bins.length,
    largestArray: Math.max(
      stacked.rows.length,
      rankedNat.rows.length,
      rankedEmb.rows.length,
      rankedInt.rows.length,
      flowTables.length,
      largestOptions,
      segments.length,
      symbols.length,
      bins.length,
    ),
    total:
      seriesCells +
      rankedRows +
      flowStageRows +
      kpiCount +
      filterOptions +
      segments.length +
      symbols.length +
      bins.length,
  };
}
