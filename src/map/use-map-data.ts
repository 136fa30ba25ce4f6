// Everything the map draws, derived from the store with memoization: aggregates for the current filters,
// flow legs, site symbols. Per-table work (attributes, endpoints) happens once per table.
import { useMemo } from 'react';
import type { WindowAggregates } from '@/domain/aggregates';
import type { DayRange, EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { makeFlowSegments, type FlowSegment } from '@/domain/flow-segments';
import { computeRouteEndpoints, type RouteEndpoints } from '@/domain/route-endpoints';
import { memoizeLast } from '@/lib/memoize-last';
import { selectAggregates } from '@/state/select-aggregates';
import { selectWholePeriod } from '@/state/select-timeline-series';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import { selectSmallCountK } from '@/state/select-protection';
import { coarsenPointAttributes } from './coarsen-point-attributes';
import { makeEventPointAttributes, type EventPointAttributes } from './event-point-attributes';
import { maxFlowValue, type FlowMeasure } from './flow-scale';
import { makeSiteSymbols, type SiteSymbols } from './site-symbols';

export interface MapData {
  readonly table: EventTable;
  readonly filters: EventFilters;
  readonly aggregates: WindowAggregates;
  readonly segments: readonly FlowSegment[];
  readonly symbols: SiteSymbols;
  readonly pointAttributes: EventPointAttributes;
  /** The whole period's largest leg under the same filters but time, per measure: the fixed width scale. */
  readonly periodMax: PeriodMax;
}

/** The whole period's largest leg per measure. */
export type PeriodMax = Readonly<Record<FlowMeasure, number>>;
const NO_PERIOD_MAX: PeriodMax = { people: 0, boats: 0, deaths: 0, events: 0 };

/**
 * The largest leg of the whole period under `filters`' lists (keyed on the lists, so a time step is free).
 * The whole period's aggregates are the timeline's (selectWholePeriod): flows do not depend on the split.
 */
const periodMaxOf = memoizeLast(
  (table: EventTable, endpoints: readonly RouteEndpoints[], whole: WindowAggregates): PeriodMax => {
    const legs = makeFlowSegments(table, whole.flows, endpoints);
    return {
      people: maxFlowValue(legs, 'people'),
      boats: maxFlowValue(legs, 'boats'),
      deaths: maxFlowValue(legs, 'deaths'),
      events: maxFlowValue(legs, 'events'),
    };
  },
);

/** One set of point attributes per table, shared by the swipe's two sides. */
const pointAttributesOf = memoizeLast((table: EventTable, coarse: boolean): EventPointAttributes =>
  coarsenPointAttributes(makeEventPointAttributes(table), coarse),
);

/**
 * The map's data for the store's time window, or (`period`, the swipe's A or B) for another period under
 * the same other filters; `period` null computes nothing (a swipe that is off).
 */
export function useMapData(period?: DayRange | null): MapData | null {
  const storeTable = useAppStore((s) => s.table);
  const table = period === null ? null : storeTable;
  const effective = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  const from = period?.startDay;
  const to = period?.endDay;
  const filters = useMemo(
    () =>
      from === undefined || to === undefined
        ? effective
        : { ...effective, timeRange: { startDay: from, endDay: to } },
    [effective, from, to],
  );
  const measure = useAppStore((s) => s.measure);
  const endpoints = useMemo(() => (table ? computeRouteEndpoints(table) : []), [table]);
  // Small-count protection moves every event point to the centre of its grid cell.
  const coarse = useAppStore((s) => selectSmallCountK(s) > 0);
  const pointAttributes = useMemo(() => (table ? pointAttributesOf(table, coarse) : null), [table, coarse]);
  const aggregates = useMemo(() => (table ? selectAggregates(table, filters) : null), [table, filters]);
  const segments = useMemo(
    () => (table && aggregates ? makeFlowSegments(table, aggregates.flows, endpoints) : []),
    [table, aggregates, endpoints],
  );
  const periodMax = useMemo(
    () => (table ? periodMaxOf(table, endpoints, selectWholePeriod(table, filters)) : NO_PERIOD_MAX),
    [table, endpoints, filters],
  );
  const symbols = useMemo(
    () => (table && aggregates ? makeSiteSymbols(table, aggregates.sites, measure) : null),
    [table, aggregates, measure],
  );
  // One object per set of inputs: a render for another reason (a hover, a label) hands the layers the
  // same data, so deck.gl keeps every attribute.
  return useMemo(
    () =>
      table && aggregates && pointAttributes && symbols
        ? { table, filters, aggregates, segments, symbols, pointAttributes, periodMax }
        : null,
    [table, filters, aggregates, segments, symbols, pointAttributes, periodMax],
  );
}
