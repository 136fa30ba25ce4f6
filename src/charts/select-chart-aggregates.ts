// Window aggregates for the charts, memoized per (table, filters, split). Filters objects are stable
// while the store does not change (selectors and chart-filters.ts reuse them), and the WeakMaps let old
// entries go with their filters.
import type { SeriesSplit, WindowAggregates } from '@/domain/aggregates';
import { aggregateWindow } from '@/domain/aggregate-window';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { selectCube } from '@/state/select-aggregates';

const cache = new WeakMap<EventTable, WeakMap<EventFilters, Map<SeriesSplit, WindowAggregates>>>();

export function selectChartAggregates(
  table: EventTable,
  filters: EventFilters,
  split: SeriesSplit,
): WindowAggregates {
  let byFilters = cache.get(table);
  if (byFilters === undefined) {
    byFilters = new WeakMap();
    cache.set(table, byFilters);
  }
  let bySplit = byFilters.get(filters);
  if (bySplit === undefined) {
    bySplit = new Map();
    byFilters.set(filters, bySplit);
  }
  let result = bySplit.get(split);
  if (result === undefined) {
    result = aggregateWindow(selectCube(table), filters, split);
    bySplit.set(split, result);
  }
  return result;
}
