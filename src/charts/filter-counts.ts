// Counts beside each option of the Filters tab: people per value of a dimension, from aggregates computed
// with every filter but that dimension's own (as crossfilter does), so ticking a value never hides others.
import type { SeriesSplit, WindowAggregates } from '@/domain/aggregates';
import type { EventTable } from '@/domain/event-table';
import { valuesBySiteCode } from '@/domain/site-totals';
import { EVENT_KINDS, OUTCOMES } from '@/domain/vocabulary';
import type { FilterDimension } from '@/domain/filter-dimensions';

/** The values a dimension can take in `table`, in code order. */
export function dimensionValues(table: EventTable, dimension: FilterDimension): readonly string[] {
  switch (dimension) {
    case 'routes':
      return table.routes.map((r) => r.id);
    case 'nationalities':
      return table.nationalityNames;
    case 'kinds':
      return EVENT_KINDS;
    case 'outcomes':
      return OUTCOMES;
    case 'sites':
      return table.sites.map((s) => s.name);
  }
}

/** The series split the counts of a dimension are read from. */
export function countSplit(dimension: FilterDimension): SeriesSplit {
  return dimension === 'nationalities' ? 'nationality' : 'route';
}

/**
 * People per value (aligned with dimensionValues), from aggregates computed with split
 * countSplit(dimension). Nationalities count the people of each nationality on board.
 */
export function optionCounts(
  table: EventTable,
  aggregates: WindowAggregates,
  dimension: FilterDimension,
): Float64Array {
  switch (dimension) {
    case 'routes':
    case 'nationalities': {
      const { keys, monthCount, people } = aggregates.series;
      const out = new Float64Array(keys.length);
      for (let k = 0; k < keys.length; k++) {
        let sum = 0;
        for (let slot = 0; slot < monthCount; slot++) sum += people[k * monthCount + slot] ?? 0;
        out[k] = sum;
      }
      return out;
    }
    case 'kinds':
      return Float64Array.from(aggregates.totals.byKind, (m) => m.people);
    case 'outcomes':
      return Float64Array.from(aggregates.totals.byOutcome, (m) => m.people);
    case 'sites':
      // Site totals are sparse (sites with records only); the list shows every site of the table.
      return valuesBySiteCode(aggregates.sites, 'people', table.sites.length);
  }
}
