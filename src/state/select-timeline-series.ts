// The timeline histogram's data: monthly people and boats by kind over the whole period, under every
// filter except time. Memoized on (table, filters).
import type { MonthlySeries } from '@/domain/aggregates';
import { aggregateWindow } from '@/domain/aggregate-window';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { memoizeLast } from '@/lib/memoize-last';
import { selectCube } from './select-aggregates';

// Keyed on the filter lists, not the filters object: moving the time window (which replaces the object
// but keeps the lists) must not recompute the whole-period histogram.
const seriesFor = memoizeLast(
  (
    table: EventTable,
    kinds: EventFilters['kinds'],
    routes: EventFilters['routes'],
    nationalities: EventFilters['nationalities'],
    outcomes: EventFilters['outcomes'],
    sites: EventFilters['sites'],
  ): MonthlySeries =>
    aggregateWindow(
      selectCube(table),
      { timeRange: null, kinds, routes, nationalities, outcomes, sites },
      'kind',
    ).series,
);

export function selectTimelineSeries(table: EventTable, filters: EventFilters): MonthlySeries {
  return seriesFor(
    table,
    filters.kinds,
    filters.routes,
    filters.nationalities,
    filters.outcomes,
    filters.sites,
  );
}
