// Records whose boats are known, so a boats total over a table where only some records know them can say
// how many records it counts. `boats: null` is stored as 0 and a known count is at least 1 (0 boats is
// rejected), so a row's boats are known exactly when its stored value is above 0. A pre-aggregated row
// counts as known when its group's sum is above 0 (the sum cannot say whether every record of the group
// knew its boats).
import type { EventTable, RowIndex } from './event-table';
import { resolveFilterMasks, type EventFilters } from './event-filters';
import { rowPassesMasks } from './filter-events';
import { OUTCOMES } from './vocabulary';

/** Records, and those among them whose boats are known. */
export interface BoatsKnown {
  readonly known: number;
  readonly records: number;
}

/** Records in a window under filters, and per outcome (OUTCOMES index; 0 holds the departures). */
export interface BoatsKnownTotals {
  readonly all: BoatsKnown;
  readonly byOutcome: readonly BoatsKnown[];
}

const partial = new WeakMap<EventTable, boolean>();

/**
 * True when some records of the table know their boats and some do not: its boats totals then count
 * only part of the records. False when every record knows them, or none does (then no boats are shown).
 * Cached per table.
 */
export function hasPartialBoats(table: EventTable): boolean {
  const cached = partial.get(table);
  if (cached !== undefined) return cached;
  let known = false;
  let unknown = false;
  if (table.meta.boatsRecorded !== false) {
    for (let row = 0; row < table.length && !(known && unknown); row++) {
      if ((table.boats[row] ?? 0) > 0) known = true;
      else unknown = true;
    }
  }
  const result = known && unknown;
  partial.set(table, result);
  return result;
}

/** Records (weighted by `records`) of `rows`, and those whose boats are known. */
export function countBoatsKnown(table: EventTable, rows: RowIndex): BoatsKnown {
  let known = 0;
  let records = 0;
  for (const row of rows) {
    const weight = table.records?.[row] ?? 1;
    records += weight;
    if ((table.boats[row] ?? 0) > 0) known += weight;
  }
  return { known, records };
}

/**
 * Records passing `filters` (time window included) and those whose boats are known, in all and per
 * outcome: one pass over the window's rows, the same row rule as filterEvents.
 */
export function countBoatsKnownInWindow(table: EventTable, filters: EventFilters): BoatsKnownTotals {
  const masks = resolveFilterMasks(table, filters);
  const known = new Float64Array(OUTCOMES.length);
  const records = new Float64Array(OUTCOMES.length);
  const weights = table.records;
  for (let row = masks.startRow; row < masks.endRow; row++) {
    if (!rowPassesMasks(table, masks, row)) continue;
    const weight = weights?.[row] ?? 1;
    const outcome = table.outcome[row] ?? 0;
    records[outcome] = (records[outcome] ?? 0) + weight;
    if ((table.boats[row] ?? 0) > 0) known[outcome] = (known[outcome] ?? 0) + weight;
  }
  const byOutcome = OUTCOMES.map((_, o) => ({ known: known[o] ?? 0, records: records[o] ?? 0 }));
  return {
    all: byOutcome.reduce((a, b) => ({ known: a.known + b.known, records: a.records + b.records }), {
      known: 0,
      records: 0,
    }),
    byOutcome,
  };
}
