// The timeline histogram's data: monthly people and boats by kind over the whole period, under every
// filter except time. Memoized on (table, filters).
import type { MonthlySeries } from '@/domain/aggregates';
import { aggregateWindow } from '@/domain/aggregate-window';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { memoizeLast } from '@/lib/memoize-last';
import { selectCube } from './select-aggregates';

export const selectTimelineSeries = memoizeLast(
  (table: EventTable, filters: EventFilters): MonthlySeries =>
    aggregateWindow(selectCube(table), { ...filters, timeRange: null }, 'kind').series,
);
