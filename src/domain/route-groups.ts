// Routes past the palette's twelve colours: the twelve largest (by records over the whole table, so the
// colours do not move with filters) keep a colour each; the smaller ones are grouped as "Other routes",
// drawn in a neutral colour and listed together in the legend. Every route stays in the filters and tables.
import type { EventTable } from './event-table';

/** Routes that get a colour of their own; the palette has as many. */
export const DISTINCT_ROUTE_COLORS = 12;
/** Slot of a route grouped into "Other routes". */
export const OTHER_ROUTE_SLOT = -1;

const cache = new WeakMap<EventTable, Int16Array>();

/**
 * Colour slot per route code: the code itself while the table has at most DISTINCT_ROUTE_COLORS routes
 * (colours as they always were); past that, slots 0.. by rank of records (ties by code), OTHER_ROUTE_SLOT
 * for the rest. Cached per table.
 */
export function routeColorSlots(table: EventTable): Int16Array {
  const known = cache.get(table);
  if (known !== undefined) return known;
  const n = table.routes.length;
  const slots = new Int16Array(n);
  if (n <= DISTINCT_ROUTE_COLORS) {
    for (let r = 0; r < n; r++) slots[r] = r;
  } else {
    const records = new Float64Array(n);
    for (let row = 0; row < table.length; row++) {
      const r = table.route[row] ?? 0;
      records[r] = (records[r] ?? 0) + (table.records?.[row] ?? 1);
    }
    const ranked = Array.from({ length: n }, (_, r) => r).sort(
      (a, b) => (records[b] ?? 0) - (records[a] ?? 0) || a - b,
    );
    slots.fill(OTHER_ROUTE_SLOT);
    ranked.slice(0, DISTINCT_ROUTE_COLORS).forEach((r, rank) => (slots[r] = rank));
  }
  cache.set(table, slots);
  return slots;
}

/** The colour slot of route `route` of `table`. */
export function routeSlotOf(table: EventTable, route: number): number {
  return routeColorSlots(table)[route] ?? OTHER_ROUTE_SLOT;
}
