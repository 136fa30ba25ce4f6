// What the previous-period comparison needs to know about a table, computed once per table.
import type { EventTable } from '@/domain/event-table';
import type { DataCoverage } from './previous-window';

const MONTH_PRECISION = 1;
const coverages = new WeakMap<EventTable, DataCoverage>();

export function dataCoverage(table: EventTable): DataCoverage {
  let coverage = coverages.get(table);
  if (coverage === undefined) {
    coverage = { startDay: table.baseDay, hasMonthPrecision: table.datePrecision.includes(MONTH_PRECISION) };
    coverages.set(table, coverage);
  }
  return coverage;
}
