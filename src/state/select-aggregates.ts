// Memoized derived data: the cube per table and the window aggregates per (table, filters, split). Never stored.
import type { SeriesSplit, WindowAggregates } from '@/domain/aggregates';
import { aggregateWindow } from '@/domain/aggregate-window';
import { buildEventCube, type EventCube } from '@/domain/event-cube';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';

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

/**
 * Keeps a cube built elsewhere (the load worker) for its table, so selectCube does not build it again.
 * Ignored when it belongs to another table or the table already has one.
 */
export function primeCube(table: EventTable, cube: EventCube): void {
  if (cube.table === table && !cubes.has(table)) cubes.set(table, cube);
}

const aggregates = new WeakMap<EventTable, WeakMap<EventFilters, Map<SeriesSplit, WindowAggregates>>>();

/**
 * Window aggregates per (table, filters, split), shared by the header, the map and the charts so the same
 * numbers are computed once. Filters objects are stable while the store does not change; the WeakMaps let
 * old entries go with their filters.
 */
export function selectAggregatesBy(
  table: EventTable,
  filters: EventFilters,
  split: SeriesSplit,
): WindowAggregates {
  let byFilters = aggregates.get(table);
  if (byFilters === undefined) {
    byFilters = new WeakMap();
    aggregates.set(table, byFilters);
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

/** Window aggregates split by route (header, map, KPIs). */
export function selectAggregates(table: EventTable, filters: EventFilters): WindowAggregates {
  return selectAggregatesBy(table, filters, 'route');
}
