// Records whose boats are known in the current view, for the line beside every boats total of a table
// where only some records know them (domain/boats-known.ts). Memoized per (table, filters); null for a
// table whose records all know their boats, or none does, so those tables pay nothing.
import { countBoatsKnownInWindow, hasPartialBoats, type BoatsKnownTotals } from '@/domain/boats-known';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';

const counts = new WeakMap<EventTable, WeakMap<EventFilters, BoatsKnownTotals>>();

/** Known and all records under `filters` (time window included), or null when no line is needed. */
export function selectBoatsKnown(table: EventTable, filters: EventFilters): BoatsKnownTotals | null {
  if (!hasPartialBoats(table)) return null;
  let byFilters = counts.get(table);
  if (byFilters === undefined) {
    byFilters = new WeakMap();
    counts.set(table, byFilters);
  }
  let totals = byFilters.get(filters);
  if (totals === undefined) {
    totals = countBoatsKnownInWindow(table, filters);
    byFilters.set(filters, totals);
  }
  return totals;
}
