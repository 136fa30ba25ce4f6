// Two periods compared, as a view-model: the key figures in A and B with difference and percent
// (compareFigures), the monthly series of both aligned month by month from their starts, and the route
// legs and sites ranked by what appeared, disappeared and changed most (comparePeriods). Every count is
// under the same filters but time. A is the reference (earlier) period; difference = B − A. Pure.
import { segmentValuesOf } from '@/domain/aggregates';
import {
  compareFigures,
  comparePeriods,
  type FigureComparison,
  type PeriodComparison,
} from '@/domain/analysis/compare-periods';
import { epochDayToMonth, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { DayRange, EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { windowFromRange, type MonthWindow } from '@/domain/time-window';
import type { MapMeasure } from '@/domain/view-options';
import { EVENT_KINDS } from '@/domain/vocabulary';
import { stageCountOf } from '@/domain/window-accumulator';
import { selectAggregatesBy } from '@/state/select-aggregates';
import { selectTimelineSeries } from '@/state/select-timeline-series';
import { voyageRecords } from './chart-filters';
import { KPI_IDS, kpiValues, type KpiId } from './kpi-values';
import { isFillableFigure } from './kpi-view';
import { protectKpiFigures } from './protect-kpi-view';
import type { CellProtection } from '@/domain/analysis/suppress-table';

import type { ComparePeriodsPair } from '@/domain/analysis/resolve-compare-periods';

export { resolveComparePeriods, type ComparePeriodsPair } from '@/domain/analysis/resolve-compare-periods';

export interface CompareFigure extends FigureComparison {
  readonly id: KpiId;
  /** Small-count protection of A and B; the difference and change are hidden when either is. */
  readonly stateA: CellProtection;
  readonly stateB: CellProtection;
  readonly changeHidden: boolean;
}

/** A route leg's names, by its key `${routeId}#${legIndex}` (the map's FlowSegment id). */
export interface LegName {
  readonly routeName: string;
  /** Stage names; '' for a route without a corridor (its one leg runs from embarkation to interception). */
  readonly fromName: string;
  readonly toName: string;
}

export interface CompareSeries {
  /** Months of A and of B (the months each period touches; a partial month counts whole). */
  readonly monthsA: MonthWindow;
  readonly monthsB: MonthWindow;
  /** Voyages per month of each period, month i of A beside month i of B; NaN past a period's end. */
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** Which records the series counts (as the Overview's series). */
  readonly scope: 'interceptions' | 'departures';
}

export interface CompareView {
  readonly periods: ComparePeriodsPair;
  /** Small-count threshold the figures were protected with (0: off). */
  readonly k: number;
  /** True when A and B share days (e.g. windows longer than a year, "same months a year earlier"). */
  readonly overlap: boolean;
  readonly measure: MapMeasure;
  readonly figures: readonly CompareFigure[];
  readonly series: CompareSeries;
  /** People (or boats) per route leg; keys `${routeId}#${legIndex}`. */
  readonly legs: PeriodComparison;
  readonly legNames: ReadonlyMap<string, LegName>;
  /** People (or boats) of all records per site; keys are site names. */
  readonly sites: PeriodComparison;
}

function inPeriod(filters: EventFilters, range: DayRange): EventFilters {
  return { ...filters, timeRange: { startDay: range.startDay, endDay: range.endDay } };
}

/** Names of every leg of every route, keyed as the comparison's legs. */
export function legNamesOf(table: EventTable): Map<string, LegName> {
  const names = new Map<string, LegName>();
  for (const route of table.routes) {
    for (let leg = 0; leg < stageCountOf(route) - 1; leg++) {
      names.set(`${route.id}#${leg}`, {
        routeName: route.name,
        fromName: route.hasCorridor ? (route.stages[leg]?.name ?? '') : '',
        toName: route.hasCorridor ? (route.stages[leg + 1]?.name ?? '') : '',
      });
    }
  }
  return names;
}

function monthlyValues(
  table: EventTable,
  filters: EventFilters,
  months: MonthWindow,
  measure: MapMeasure,
): number[] {
  const series = selectTimelineSeries(table, filters);
  const kind = EVENT_KINDS.indexOf(voyageRecords(filters) === 'departures' ? 'departure' : 'interception');
  const values = series[measure];
  const out: number[] = [];
  for (let m = months.startMonth; m < months.endMonth; m++) {
    const slot = m - series.firstMonth;
    out.push(slot >= 0 && slot < series.monthCount ? (values[kind * series.monthCount + slot] ?? 0) : 0);
  }
  return out;
}

export function makeCompareView(
  table: EventTable,
  filters: EventFilters,
  periods: ComparePeriodsPair,
  measure: MapMeasure,
  k = 0,
): CompareView {
  const aggA = selectAggregatesBy(table, inPeriod(filters, periods.a), 'route');
  const aggB = selectAggregatesBy(table, inPeriod(filters, periods.b), 'route');
  const kpiA = kpiValues(aggA);
  const kpiB = kpiValues(aggB);
  const statesA = protectKpiFigures(new Map(KPI_IDS.map((id) => [id, kpiA[id]])), aggA, k);
  const statesB = protectKpiFigures(new Map(KPI_IDS.map((id) => [id, kpiB[id]])), aggB, k);
  const figures = KPI_IDS.filter((id) => isFillableFigure(table, id)).map((id): CompareFigure => {
    const stateA = statesA.get(id) ?? 'shown';
    const stateB = statesB.get(id) ?? 'shown';
    return {
      id,
      ...compareFigures(kpiA[id], kpiB[id]),
      stateA,
      stateB,
      changeHidden: stateA !== 'shown' || stateB !== 'shown',
    };
  });

  const legTotals = (flows: typeof aggA.flows): [string, number][] => {
    const out: [string, number][] = [];
    table.routes.forEach((route, r) => {
      const flow = flows[r];
      const values = flow === undefined ? undefined : segmentValuesOf(flow, measure);
      for (let leg = 0; leg < stageCountOf(route) - 1; leg++) {
        const v = values?.[leg] ?? 0;
        if (v > 0) out.push([`${route.id}#${leg}`, v]);
      }
    });
    return out;
  };
  const siteTotals = (sites: typeof aggA.sites): [string, number][] =>
    Array.from(sites.codes, (code, i): [string, number] => [
      table.sites[code]?.name ?? '',
      sites[measure][i] ?? 0,
    ]).filter(([, v]) => v > 0);

  const bounds = {
    startMonth: table.firstMonth,
    endMonth: (table.firstMonth + table.monthCount) as EpochMonth,
  };
  const monthsA = windowFromRange(periods.a, bounds);
  const monthsB = windowFromRange(periods.b, bounds);
  const seriesA = monthlyValues(table, filters, monthsA, measure);
  const seriesB = monthlyValues(table, filters, monthsB, measure);
  const length = Math.max(seriesA.length, seriesB.length);
  const pad = (values: number[]): number[] =>
    Array.from({ length }, (_, i) => (i < values.length ? (values[i] ?? 0) : NaN));

  return {
    periods,
    k,
    overlap: periods.a.startDay < periods.b.endDay && periods.b.startDay < periods.a.endDay,
    measure,
    figures,
    series: {
      monthsA,
      monthsB,
      a: pad(seriesA),
      b: pad(seriesB),
      scope: voyageRecords(filters),
    },
    legs: comparePeriods(legTotals(aggA.flows), legTotals(aggB.flows)),
    legNames: legNamesOf(table),
    sites: comparePeriods(siteTotals(aggA.sites), siteTotals(aggB.sites)),
  };
}

/** Days of a period, inclusive of both ends as people read them: [first, last]. */
export function periodDays(range: DayRange): readonly [first: EpochDay, last: EpochDay] {
  return [range.startDay, Math.max(range.startDay, range.endDay - 1) as EpochDay];
}

/** The month a period starts in (labels of aligned series). */
export function periodStartMonth(range: DayRange): EpochMonth {
  return epochDayToMonth(range.startDay);
}
