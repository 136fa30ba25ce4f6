// filterEvents: the rows of a table that pass the filters, as an ascending row index (Plot-style).
import type { EventTable, RowIndex } from './event-table';
import { resolveFilterMasks, type EventFilters, type FilterMasks } from './event-filters';

/** Code columns that the kind, outcome, route and site masks test (a table's, or the cube's cells'). */
export interface MaskedCodes {
  readonly kind: ArrayLike<number>;
  readonly outcome: ArrayLike<number>;
  readonly route: ArrayLike<number>;
  readonly site: ArrayLike<number>;
}

/** True when entry `i` of `codes` passes the kind, outcome, route and site masks. */
export function codesPassMasks(codes: MaskedCodes, masks: FilterMasks, i: number): boolean {
  return (
    masks.kind[codes.kind[i] ?? 0] === 1 &&
    masks.outcome[codes.outcome[i] ?? 0] === 1 &&
    masks.route[codes.route[i] ?? 0] === 1 &&
    masks.site[codes.site[i] ?? 0] === 1
  );
}

/** True when row `row` passes every non-time mask. */
export function rowPassesMasks(table: EventTable, masks: FilterMasks, row: number): boolean {
  if (!codesPassMasks(table, masks, row)) return false;
  const nat = masks.nationality;
  if (nat === null) return true;
  const end = table.natOffsets[row + 1] ?? 0;
  for (let e = table.natOffsets[row] ?? 0; e < end; e++) {
    if (nat[table.natCode[e] ?? 0] === 1) return true;
  }
  return false;
}

/**
 * Rows passing `filters`, ascending. The time range is found by binary search over the day-sorted
 * rows; other dimensions are tested against dictionary masks. Does not mutate the table.
 */
export function filterEvents(table: EventTable, filters: EventFilters): RowIndex {
  const masks = resolveFilterMasks(table, filters);
  const out = new Uint32Array(Math.max(0, masks.endRow - masks.startRow));
  let n = 0;
  for (let row = masks.startRow; row < masks.endRow; row++) {
    if (rowPassesMasks(table, masks, row)) out[n++] = row;
  }
  return out.slice(0, n);
}
