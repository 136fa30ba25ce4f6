// Per-site monthly totals of a measure (people, boats, dead and missing, records) in one pass over the rows: values[site * monthCount + m] for
// the month firstMonth + m, every filter but time applied. The same numbers as aggregateWindow's `sites`
// for each month's window (people under a nationality filter count only the selected nationalities), at
// the cost of one walk of the table instead of a window moved month by month over thousands of sites.
import type { EventTable } from './event-table';
import { resolveFilterMasks, type EventFilters } from './event-filters';
import { rowPassesMasks } from './filter-events';
import type { MapMeasure } from './view-options';
import { UNKNOWN_COUNT, UNKNOWN_PEOPLE } from './vocabulary';

export function makeSiteMonthSeries(
  table: EventTable,
  filters: EventFilters,
  measure: MapMeasure,
): Float64Array {
  const masks = resolveFilterMasks(table, { ...filters, timeRange: null });
  const n = table.monthCount;
  const values = new Float64Array(table.sites.length * n);
  const nat = masks.nationality;
  for (let m = 0; m < n; m++) {
    const end = table.monthRowStart[m + 1] ?? 0;
    for (let row = table.monthRowStart[m] ?? 0; row < end; row++) {
      if (!rowPassesMasks(table, masks, row)) continue;
      let value: number;
      if (measure === 'boats') value = table.boats[row] ?? 0;
      else if (measure === 'events') value = table.records?.[row] ?? 1;
      else if (measure === 'deaths') {
        const deaths = table.deaths[row] ?? UNKNOWN_COUNT;
        value = deaths === UNKNOWN_COUNT ? 0 : deaths;
      } else if (nat === null) {
        const people = table.people[row] ?? 0;
        value = people === UNKNOWN_PEOPLE ? 0 : people;
      } else {
        value = 0;
        const natEnd = table.natOffsets[row + 1] ?? 0;
        for (let e = table.natOffsets[row] ?? 0; e < natEnd; e++)
          if (nat[table.natCode[e] ?? 0] === 1) value += table.natPeople[e] ?? 0;
      }
      const i = (table.site[row] ?? 0) * n + m;
      values[i] = (values[i] ?? 0) + value;
    }
  }
  return values;
}
