// Memoized derived data: the cube per table and the window aggregates per (cube, filters). Never stored.
import type { WindowAggregates } from '@/domain/aggregates';
import { aggregateWindow } from '@/domain/aggregate-window';
import { buildEventCube, type EventCube } from '@/domain/event-cube';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { memoizeLast } from '@/lib/memoize-last';

const cubes = new WeakMap<EventTable, EventCube>();

/** The month cube of a table, built on first use. */
export function selectCube(table: EventTable): EventCube {
  let cube = cubes.get(table);
  if (cube === undefined) {
    cube = buildEventCube(table);
    cubes.set(table, cube);
  }
  return cube;
}

/** Window aggregates for the current table and filters; recomputed only when either changes. */
export const selectAggregates = memoizeLast((table: EventTable, filters: EventFilters): WindowAggregates =>
  aggregateWindow(selectCube(table), filters, 'route'),
);
