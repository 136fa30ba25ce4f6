// The key figures as a view-model: the current value of every figure, the period it is compared with,
// and each figure's change. Pure: the cards, exports and the dashboard benchmark all render this.
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { fillableMeasures } from '@/domain/dataset-measures';
import { EVENT_KINDS, OUTCOMES, type Outcome } from '@/domain/vocabulary';
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
  /** The figure in the previous period when there is one to compare with (small-count protection). */
  readonly previousValue: number | null;
}

export interface KpiView {
  readonly previous: PreviousWindow;
  /** Only the figures this dataset can fill (a card stuck at 0 for an outcome it never has is noise). */
  readonly figures: readonly KpiFigure[];
  /** "Dead or missing at sea" only when the dataset records no deaths on land. */
  readonly deathsAtSeaOnly: boolean;
}

/** The outcome or kind whose records a figure counts; deaths are always shown. */
const FIGURE_SOURCE: Readonly<
  Record<
    KpiId,
    { readonly kind: 'outcome'; readonly outcome: Outcome } | { readonly kind: 'departures' } | null
  >
> = {
  'landed-people': { kind: 'outcome', outcome: 'landed' },
  'landed-boats': { kind: 'outcome', outcome: 'landed' },
  departures: { kind: 'departures' },
  'turned-back': { kind: 'outcome', outcome: 'turned_back' },
  disrupted: { kind: 'outcome', outcome: 'disrupted' },
  rescued: { kind: 'outcome', outcome: 'rescued' },
  'lost-at-sea': { kind: 'outcome', outcome: 'lost_at_sea' },
  deaths: null,
  records: null,
};

/** Figures that count people, or boats: a dataset that records none has nothing to show in them. */
const NEEDS_MEASURE: Readonly<Partial<Record<KpiId, 'people' | 'boats'>>> = {
  'landed-people': 'people',
  'landed-boats': 'boats',
  'turned-back': 'people',
  disrupted: 'people',
  rescued: 'people',
  'lost-at-sea': 'people',
};

/**
 * Whether a figure is one the table can fill. Records stand in for the people figures when the table
 * records no people (a mortality record set), so a dataset with people keeps its figures as they were.
 */
export function isFillableFigure(table: EventTable, id: KpiId): boolean {
  const measures = fillableMeasures(table);
  if (id === 'records') return !measures.has('people');
  const needs = NEEDS_MEASURE[id];
  return needs === undefined || measures.has(needs);
}

/** The figures the whole dataset has records for. */
function fillableFigures(table: EventTable): ReadonlySet<KpiId> {
  const totals = selectAggregatesBy(table, NO_FILTERS, 'route').totals;
  const departures = totals.byKind[EVENT_KINDS.indexOf('departure')]?.events ?? 0;
  return new Set(
    KPI_IDS.filter((id) => {
      if (!isFillableFigure(table, id)) return false;
      const source = FIGURE_SOURCE[id];
      if (source === null) return true;
      if (source.kind === 'departures') return departures > 0;
      return (totals.byOutcome[OUTCOMES.indexOf(source.outcome)]?.events ?? 0) > 0;
    }),
  );
}

export function makeKpiView(table: EventTable, filters: EventFilters): KpiView {
  const current = kpiValues(selectAggregatesBy(table, filters, 'route'));
  const previous = previousWindow(filters.timeRange, dataCoverage(table));
  const before =
    previous.kind === 'comparable'
      ? kpiValues(selectAggregatesBy(table, withTimeRange(filters, previous.range), 'route'))
      : null;
  const fillable = fillableFigures(table);
  const everything = selectAggregatesBy(table, NO_FILTERS, 'route').totals;
  const deathsAtSeaOnly = (everything.byOutcome[OUTCOMES.indexOf('lost_on_land')]?.events ?? 0) === 0;
  const figures = KPI_IDS.filter((id) => fillable.has(id)).map((id) => ({
    id,
    value: current[id],
    change:
      previous.kind === 'none'
        ? null
        : before === null
          ? ('no-earlier-data' as const)
          : periodChange(current[id], before[id]),
    previousValue: before === null ? null : before[id],
  }));
  return { previous, figures, deathsAtSeaOnly };
}
