// The Lintas fast path as the dashboard calls it: one month cube built per table, then aggregateWindow per
// interaction step. Also the row path (filterEvents + aggregateRows) that the cube path must agree with.
import type { WindowAggregates } from '@/domain/aggregates';
import { aggregateRows } from '@/domain/aggregate-rows';
import { aggregateWindow } from '@/domain/aggregate-window';
import { buildEventCube, type EventCube } from '@/domain/event-cube';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { filterEvents } from '@/domain/filter-events';

export { buildEventCube, type EventCube };

/** One interaction step on the fast path. */
export function lintasStep(cube: EventCube, filters: EventFilters): WindowAggregates {
  return aggregateWindow(cube, filters, 'route');
}

/** The reference row path: filter to a row index, then aggregate row by row. */
export function rowPathStep(table: EventTable, filters: EventFilters): WindowAggregates {
  return aggregateRows(table, filterEvents(table, filters), filters, 'route');
}

/** Bytes held by the cube's typed arrays (the table it points to excluded). */
export function measureCubeBytes(cube: EventCube): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(cube)) {
    if (key !== 'table' && ArrayBuffer.isView(value)) bytes += value.byteLength;
  }
  return bytes;
}
