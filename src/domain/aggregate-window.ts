// Fast aggregation of a filtered time window from the month cube, kept incrementally per cube (see
// window-engine.ts). Same numbers as the reference path aggregateRows(table, filterEvents(…)).
import type { SeriesSplit, WindowAggregates } from './aggregates';
import type { EventCube } from './event-cube';
import type { EventFilters } from './event-filters';
import { WindowEngine } from './window-engine';

const engines = new WeakMap<EventCube, WindowEngine>();

/** The running-window engine of a cube, made on first use and dropped with the cube. */
export function windowEngineOf(cube: EventCube): WindowEngine {
  let engine = engines.get(cube);
  if (engine === undefined) {
    engine = new WindowEngine(cube);
    engines.set(cube, engine);
  }
  return engine;
}

/**
 * Same result as aggregateRows(table, filterEvents(table, filters), filters, split). Results are new
 * objects every call and never change afterwards.
 */
export function aggregateWindow(
  cube: EventCube,
  filters: EventFilters,
  split: SeriesSplit = 'route',
): WindowAggregates {
  return windowEngineOf(cube).aggregate(filters, split);
}
