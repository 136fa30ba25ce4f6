// Which measures a dataset can fill, and the one a view starts in. A mortality record set (people on
// board unknown, dead and missing recorded) drawn in people would show thin flows and empty charts.
import { VIEW_MEASURES, type ViewMeasure } from './aggregates';
import type { EventTable } from './event-table';
import { UNKNOWN_COUNT, UNKNOWN_PEOPLE } from './vocabulary';

const cache = new WeakMap<EventTable, ReadonlySet<ViewMeasure>>();

/**
 * The measures with a value above 0 somewhere in the table (boats never when the file records none);
 * records always. Cached per table.
 */
export function fillableMeasures(table: EventTable): ReadonlySet<ViewMeasure> {
  const known = cache.get(table);
  if (known !== undefined) return known;
  let people = false;
  // A file that records no boats (`boats: null`, stored as 0) never offers them: its scan starts as if
  // boats were found (so it can end early) and they are taken out after.
  const noBoats = table.meta.boatsRecorded === false;
  let boats = noBoats;
  let deaths = false;
  for (let row = 0; row < table.length && !(people && boats && deaths); row++) {
    const p = table.people[row] ?? 0;
    const d = table.deaths[row] ?? UNKNOWN_COUNT;
    if (p !== UNKNOWN_PEOPLE && p > 0) people = true;
    if ((table.boats[row] ?? 0) > 0) boats = true;
    if (d !== UNKNOWN_COUNT && d > 0) deaths = true;
  }
  if (noBoats) boats = false;
  const has: Record<ViewMeasure, boolean> = { people, boats, deaths, events: true };
  const set = new Set(VIEW_MEASURES.filter((m) => has[m]));
  cache.set(table, set);
  return set;
}

/**
 * The measure to show `table` in: `current` when the table fills it; otherwise dead and missing when it
 * records them, else the first it fills (people, boats, records).
 */
export function fitMeasure(table: EventTable, current: ViewMeasure): ViewMeasure {
  const fillable = fillableMeasures(table);
  if (fillable.has(current)) return current;
  if (fillable.has('deaths')) return 'deaths';
  return VIEW_MEASURES.find((m) => fillable.has(m)) ?? 'events';
}
