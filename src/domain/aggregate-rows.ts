// Reference aggregation over a row index: simple, row by row. The cube path must agree with it.
import type { EventTable, RowIndex } from './event-table';
import type { SeriesSplit, WindowAggregates } from './aggregates';
import { resolveFilterMasks, type EventFilters } from './event-filters';
import { monthsOfWindow } from './window-months';
import { WindowAccumulator } from './window-accumulator';

/**
 * Aggregates the rows in `rows` (ascending, e.g. from filterEvents with the same filters). `filters` is
 * needed for the nationality weighting of people and for the months of the series.
 */
export function aggregateRows(
  table: EventTable,
  rows: RowIndex,
  filters: EventFilters,
  split: SeriesSplit = 'route',
): WindowAggregates {
  const masks = resolveFilterMasks(table, filters);
  const span = monthsOfWindow(table, filters.timeRange);
  const acc = new WindowAccumulator(table, masks.nationality, split, span.firstMonth, span.monthCount);
  const slotOffset = table.firstMonth - span.firstMonth;
  let month = 0; // month index within the table, advanced as rows ascend
  for (const row of rows) {
    while (month + 1 < table.monthCount && (table.monthRowStart[month + 1] ?? 0) <= row) month++;
    acc.addRow(row, month + slotOffset);
  }
  return acc.finish();
}
