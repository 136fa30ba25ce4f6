// Per-site monthly totals of a measure (people, boats, dead and missing, records): values[site * monthCount
// + m] for the month firstMonth + m, every filter but time applied. The same numbers as aggregateWindow's
// `sites` for each month's window (people under a nationality filter count only the selected
// nationalities). Months the cube holds as cells are summed from their cells, the others from their rows:
// one walk of the cube instead of a window moved month by month over thousands of sites.
import type { EventCube } from './event-cube';
import type { EventTable } from './event-table';
import { resolveFilterMasks, type EventFilters, type FilterMasks } from './event-filters';
import { codesPassMasks, rowPassesMasks } from './filter-events';
import type { MapMeasure } from './view-options';
import { UNKNOWN_COUNT, UNKNOWN_PEOPLE } from './vocabulary';

/** The measure of row `row` (under a nationality mask: the people of the selected nationalities). */
function rowValue(table: EventTable, row: number, measure: MapMeasure, nat: Uint8Array | null): number {
  if (measure === 'boats') return table.boats[row] ?? 0;
  if (measure === 'events') return table.records?.[row] ?? 1;
  if (measure === 'deaths') {
    const deaths = table.deaths[row] ?? UNKNOWN_COUNT;
    return deaths === UNKNOWN_COUNT ? 0 : deaths;
  }
  if (nat === null) {
    const people = table.people[row] ?? 0;
    return people === UNKNOWN_PEOPLE ? 0 : people;
  }
  let value = 0;
  const natEnd = table.natOffsets[row + 1] ?? 0;
  for (let e = table.natOffsets[row] ?? 0; e < natEnd; e++)
    if (nat[table.natCode[e] ?? 0] === 1) value += table.natPeople[e] ?? 0;
  return value;
}

/** Whether cell `c` passes the masks: its nationality set passes when it holds a selected code. */
function cellPassesMasks(cube: EventCube, masks: FilterMasks, c: number): boolean {
  if (!codesPassMasks(cube, masks, c)) return false;
  const nat = masks.nationality;
  if (nat === null) return true;
  const set = cube.natSet[c] ?? 0;
  const end = cube.natSetOffsets[set + 1] ?? 0;
  for (let e = cube.natSetOffsets[set] ?? 0; e < end; e++)
    if (nat[cube.natSetCodes[e] ?? 0] === 1) return true;
  return false;
}

/** The measure of cell `c`, as rowValue summed over its rows. */
function cellValue(cube: EventCube, c: number, measure: MapMeasure, nat: Uint8Array | null): number {
  if (measure === 'boats') return cube.boats[c] ?? 0;
  if (measure === 'events') return cube.events[c] ?? 0;
  if (measure === 'deaths') return cube.deaths[c] ?? 0;
  if (nat === null) return cube.people[c] ?? 0;
  let value = 0;
  const end = cube.natOffsets[c + 1] ?? 0;
  for (let e = cube.natOffsets[c] ?? 0; e < end; e++)
    if (nat[cube.natCode[e] ?? 0] === 1) value += cube.natPeople[e] ?? 0;
  return value;
}

export function makeSiteMonthSeries(
  cube: EventCube,
  filters: EventFilters,
  measure: MapMeasure,
): Float64Array {
  const table = cube.table;
  const masks = resolveFilterMasks(table, { ...filters, timeRange: null });
  const n = table.monthCount;
  const values = new Float64Array(table.sites.length * n);
  const nat = masks.nationality;
  for (let m = 0; m < n; m++) {
    if (cube.monthHasCells[m] === 1) {
      const end = cube.cellMonthStart[m + 1] ?? 0;
      for (let c = cube.cellMonthStart[m] ?? 0; c < end; c++) {
        if (!cellPassesMasks(cube, masks, c)) continue;
        const i = (cube.site[c] ?? 0) * n + m;
        values[i] = (values[i] ?? 0) + cellValue(cube, c, measure, nat);
      }
      continue;
    }
    const end = table.monthRowStart[m + 1] ?? 0;
    for (let row = table.monthRowStart[m] ?? 0; row < end; row++) {
      if (!rowPassesMasks(table, masks, row)) continue;
      const i = (table.site[row] ?? 0) * n + m;
      values[i] = (values[i] ?? 0) + rowValue(table, row, measure, nat);
    }
  }
  return values;
}
