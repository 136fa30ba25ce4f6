// The whole period under every filter except time, split by kind: the timeline histogram's monthly
// people and boats, and the map's width scale (its flows do not depend on the split). One result for both,
// memoized on (table, filter lists): a filter click walks the whole period once, not once per reader.
import type { MonthlySeries, WindowAggregates } from '@/domain/aggregates';
import { aggregateWindow } from '@/domain/aggregate-window';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { memoizeLast } from '@/lib/memoize-last';
import { selectCube } from './select-aggregates';

// Keyed on the filter lists, not the filters object: moving the time window (which replaces the object
// but keeps the lists) must not recompute the whole-period histogram.
const wholePeriodFor = memoizeLast(
  (
    table: EventTable,
    kinds: EventFilters['kinds'],
    routes: EventFilters['routes'],
    nationalities: EventFilters['nationalities'],
    outcomes: EventFilters['outcomes'],
    sites: EventFilters['sites'],
  ): WindowAggregates =>
    aggregateWindow(
      selectCube(table),
      { timeRange: null, kinds, routes, nationalities, outcomes, sites },
      'kind',
    ),
);

/** The whole period's aggregates under `filters`' lists (its time range ignored), series split by kind. */
export function selectWholePeriod(table: EventTable, filters: EventFilters): WindowAggregates {
  return wholePeriodFor(
    table,
    filters.kinds,
    filters.routes,
    filters.nationalities,
    filters.outcomes,
    filters.sites,
  );
}

export function selectTimelineSeries(table: EventTable, filters: EventFilters): MonthlySeries {
  return selectWholePeriod(table, filters).series;
}
