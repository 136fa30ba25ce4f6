// The Lintas paths as the dashboard calls them: one month cube per table and a running-window engine
// (aggregateWindow), the reference row path (filterEvents + aggregateRows) it must agree with, and the
// previous core (month cube with raw edge rows, frozen in baselines/previous-core) for before/after figures.
import type { WindowAggregates } from '@/domain/aggregates';
import { aggregateRows } from '@/domain/aggregate-rows';
import { buildEventCube, measureCubeBytes, type EventCube } from '@/domain/event-cube';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { filterEvents } from '@/domain/filter-events';
import { WindowEngine } from '@/domain/window-engine';
import { aggregatePreviousWindow } from './baselines/previous-core/previous-aggregate-window';
import {
  buildPreviousEventCube,
  type PreviousEventCube,
} from './baselines/previous-core/previous-event-cube';

export { buildEventCube, buildPreviousEventCube, measureCubeBytes, type EventCube, type PreviousEventCube };

/** The Lintas fast path with its own engine, so that a benchmark can start it cold (`reset`). */
export class LintasRunner {
  private engine: WindowEngine;

  constructor(readonly cube: EventCube) {
    this.engine = new WindowEngine(cube);
  }

  reset(): void {
    this.engine = new WindowEngine(this.cube);
  }

  step(filters: EventFilters): WindowAggregates {
    return this.engine.aggregate(filters, 'route');
  }

  get footprint(): { readonly windows: number; readonly bytes: number } {
    return this.engine.footprint;
  }
}

/** The previous core: stateless, every step from the month cube plus the raw rows of partial months. */
export function previousCoreStep(cube: PreviousEventCube, filters: EventFilters): WindowAggregates {
  return aggregatePreviousWindow(cube, filters, 'route');
}

/** The reference row path: filter to a row index, then aggregate row by row. */
export function rowPathStep(table: EventTable, filters: EventFilters): WindowAggregates {
  return aggregateRows(table, filterEvents(table, filters), filters, 'route');
}

/** Bytes held by the previous cube's typed arrays. */
export function measurePreviousCubeBytes(cube: PreviousEventCube): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(cube)) {
    if (key !== 'table' && ArrayBuffer.isView(value)) bytes += value.byteLength;
  }
  return bytes;
}
