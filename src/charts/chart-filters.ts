// Filters derived from the effective filters for particular views. Each derivation is cached per filters
// object, so the same input gives the same object and the aggregates memo (keyed by identity) hits.
import type { DayRange, EventFilters } from '@/domain/event-filters';
import type { FilterDimension } from '@/domain/filter-dimensions';

const withoutCache = new WeakMap<EventFilters, Map<FilterDimension, EventFilters>>();

/** The filters with one dimension unconstrained (crossfilter counts: every filter but the dimension's own). */
export function withoutDimension(filters: EventFilters, dimension: FilterDimension): EventFilters {
  if (filters[dimension].length === 0) return filters;
  let byDimension = withoutCache.get(filters);
  if (byDimension === undefined) {
    byDimension = new Map();
    withoutCache.set(filters, byDimension);
  }
  let derived = byDimension.get(dimension);
  if (derived === undefined) {
    derived = { ...filters, [dimension]: [] };
    byDimension.set(dimension, derived);
  }
  return derived;
}

const voyageCache = new WeakMap<EventFilters, EventFilters>();

/**
 * The records the series and nationality charts count: interceptions, which hold each voyage once
 * (departure records observe some of the same boats leaving, see docs/data-format.md). When the person
 * has filtered to departures only, those are counted instead.
 */
export function voyageFilters(filters: EventFilters): EventFilters {
  const interceptionsOnly = filters.kinds.length === 1 && filters.kinds[0] === 'interception';
  if (interceptionsOnly) return filters;
  if (filters.kinds.length === 1 && filters.kinds[0] === 'departure') return filters;
  let derived = voyageCache.get(filters);
  if (derived === undefined) {
    derived = { ...filters, kinds: ['interception'] };
    voyageCache.set(filters, derived);
  }
  return derived;
}

/** Which records voyageFilters(filters) counts. */
export function voyageRecords(filters: EventFilters): 'interceptions' | 'departures' {
  return filters.kinds.length === 1 && filters.kinds[0] === 'departure' ? 'departures' : 'interceptions';
}

const rangeCache = new WeakMap<EventFilters, EventFilters>();

/** The filters with another time range (the previous period); the last result per filters is reused. */
export function withTimeRange(filters: EventFilters, range: DayRange): EventFilters {
  const cached = rangeCache.get(filters);
  if (
    cached !== undefined &&
    cached.timeRange?.startDay === range.startDay &&
    cached.timeRange.endDay === range.endDay
  ) {
    return cached;
  }
  const derived = { ...filters, timeRange: range };
  rangeCache.set(filters, derived);
  return derived;
}
