// The series chart as a view-model: voyages of the current filters stacked by route, nationality or
// outcome, per month, quarter or year, of people or boats; each stack with its colour and the filter
// dimension it toggles. Labels are the caller's (they need the language). Pure.
import type { ViewMeasure } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { rollUpSeries, type Granularity } from '@/domain/time-buckets';
import type { FilterDimension } from '@/domain/filter-dimensions';
import type { ChartSplit } from '@/domain/view-options';
import { voyageFilters, voyageRecords } from './chart-filters';
import { OTHER_ROUTE_SLOT, routeColorSlots } from '@/domain/route-groups';
import {
  nationalityColor,
  outcomeColor,
  routeColor,
  routeSlotColor,
  OTHER_COLOR,
  type Rgb,
} from '@/theme/palette';
import { selectAggregatesBy } from '@/state/select-aggregates';
import { toSeriesRows, type SeriesStack, type StackedSeriesRows } from './to-series-rows';

export const SPLIT_DIMENSION: Readonly<Record<ChartSplit, FilterDimension>> = {
  route: 'routes',
  nationality: 'nationalities',
  outcome: 'outcomes',
};
const SPLIT_COLOR: Readonly<Record<ChartSplit, (code: number) => Rgb>> = {
  route: routeColor,
  nationality: nationalityColor,
  outcome: outcomeColor,
};

export interface SeriesStackView {
  readonly stack: SeriesStack;
  readonly color: Rgb;
}

export interface SeriesView {
  readonly split: ChartSplit;
  readonly dimension: FilterDimension;
  readonly granularity: Granularity;
  readonly measure: ViewMeasure;
  /** Which records the series counts: interceptions (each voyage once), or departures when filtered so. */
  readonly scope: 'interceptions' | 'departures';
  readonly rows: StackedSeriesRows['rows'];
  readonly stacks: readonly SeriesStackView[];
  readonly total: number;
}

export interface SeriesOptions {
  readonly split: ChartSplit;
  readonly granularity: Granularity;
  readonly measure: ViewMeasure;
}

export function makeSeriesView(table: EventTable, filters: EventFilters, options: SeriesOptions): SeriesView {
  const aggregates = selectAggregatesBy(table, voyageFilters(filters), options.split);
  const slots = routeColorSlots(table);
  const grouped =
    options.split === 'route' ? (code: number) => (slots[code] ?? OTHER_ROUTE_SLOT) < 0 : undefined;
  const stacked = toSeriesRows(
    rollUpSeries(aggregates.series, options.granularity),
    options.measure,
    undefined,
    grouped,
  );
  return {
    ...options,
    dimension: SPLIT_DIMENSION[options.split],
    scope: voyageRecords(filters),
    rows: stacked.rows,
    stacks: stacked.stacks.map((stack) => ({
      stack,
      color:
        stack.key === null
          ? OTHER_COLOR
          : options.split === 'route'
            ? routeSlotColor(slots[stack.code] ?? OTHER_ROUTE_SLOT)
            : SPLIT_COLOR[options.split](stack.code),
    })),
    total: stacked.total,
  };
}
