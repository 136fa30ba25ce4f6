// The timeline histogram as a view-model: one bin per month, quarter or year of the whole period, with
// departures and interceptions stacked, under every filter except time. Pure; the brush draws it and the
// dashboard benchmark calls it.
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { rollUpSeries, type Granularity } from '@/domain/time-buckets';
import type { MapMeasure } from '@/domain/view-options';
import { selectTimelineSeries } from '@/state/select-timeline-series';
import type { BrushBin } from '@/ui/time-brush';

export function makeBrushBins(
  table: EventTable,
  filters: EventFilters,
  granularity: Granularity,
  measure: MapMeasure,
): BrushBin[] {
  const rolled = rollUpSeries(selectTimelineSeries(table, filters), granularity);
  const values = rolled[measure];
  const n = rolled.starts.length;
  const endMonth = table.firstMonth + table.monthCount;
  return rolled.starts.map((start, b) => {
    const next = rolled.starts[b + 1] ?? endMonth;
    const startMonth = Math.max(start, table.firstMonth) - table.firstMonth;
    return {
      startMonth,
      months: next - table.firstMonth - startMonth,
      values: [values[b] ?? 0, values[n + b] ?? 0],
    };
  });
}
