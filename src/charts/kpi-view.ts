// The key figures as a view-model: the current value of every figure, the period it is compared with,
// and each figure's change. Pure: the cards, exports and the dashboard benchmark all render this.
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { withTimeRange } from './chart-filters';
import { dataCoverage } from './data-coverage';
import { KPI_IDS, kpiValues, type KpiId } from './kpi-values';
import { periodChange, type PeriodChange } from './period-change';
import { previousWindow, type PreviousWindow } from './previous-window';
import { selectAggregatesBy } from '@/state/select-aggregates';

export interface KpiFigure {
  readonly id: KpiId;
  readonly value: number;
  /** null: nothing to compare with (whole period); 'no-earlier-data': the previous period has no data. */
  readonly change: PeriodChange | 'no-earlier-data' | null;
}

export interface KpiView {
  readonly previous: PreviousWindow;
  readonly figures: readonly KpiFigure[];
}

export function makeKpiView(table: EventTable, filters: EventFilters): KpiView {
  const current = kpiValues(selectAggregatesBy(table, filters, 'route'));
  const previous = previousWindow(filters.timeRange, dataCoverage(table));
  const before =
    previous.kind === 'comparable'
      ? kpiValues(selectAggregatesBy(table, withTimeRange(filters, previous.range), 'route'))
      : null;
  const figures = KPI_IDS.map((id) => ({
    id,
    value: current[id],
    change:
      previous.kind === 'none'
        ? null
        : before === null
          ? ('no-earlier-data' as const)
          : periodChange(current[id], before[id]),
  }));
  return { previous, figures };
}
