// The adapters that read real window aggregates (KPIs, ranked entries, filter counts) on a six-event
// table with hand-computed numbers; and the derived filters the charts use.
import { describe, expect, it } from 'vitest';
import { aggregateWindow } from '@/domain/aggregate-window';
import { buildEventCube } from '@/domain/event-cube';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { loadTestTable, makeEventFeature as ev } from '@/testing/make-event-features';
import { voyageFilters, voyageRecords, withTimeRange, withoutDimension } from './chart-filters';
import { countSplit, dimensionValues, optionCounts } from './filter-counts';
import { kpiValues } from './kpi-values';
import { seriesTotals, siteEntries } from './ranked-entries';
import { selectAggregatesBy } from '@/state/select-aggregates';
import type { FilterDimension } from '@/domain/filter-dimensions';
import { parseIsoDay } from '@/domain/epoch-day';

// prettier-ignore
const table = loadTestTable([
  ev({ id: 'E1', date: '2012-01-10', people: 100, boats: 1, deaths: 0, route: 'r-java', site: 'Christmas Island',
    outcome: 'landed', nationalities: [{ code: 'AFG', people: 60 }, { code: 'IRN', people: 40 }] }),
  ev({ id: 'E2', date: '2012-01-20', people: 50, boats: 1, deaths: null, route: 'r-java', site: 'Christmas Island',
    outcome: 'turned_back', nationalities: [{ code: 'AFG', people: 50 }] }),
  ev({ id: 'E3', kind: 'departure', date: '2012-01-05', people: 80, boats: 1, deaths: null, route: 'r-java',
    site: 'Pelabuhan Ratu', outcome: undefined, nationalities: [{ code: 'IRN', people: 80 }] }),
  ev({ id: 'E4', date: '2012-02-03', people: 30, boats: 2, deaths: 0, route: 'r-java', site: 'Jakarta',
    outcome: 'disrupted', nationalities: ['LKA'] }),
  ev({ id: 'E5', date: '2012-02-14', people: 40, boats: 1, deaths: 25, route: 'r-rote', site: 'Rote Island',
    outcome: 'lost_at_sea', nationalities: [{ code: 'IRQ', people: 30 }, { code: 'IRN', people: 10 }] }),
  ev({ id: 'E6', date: '2012-03', people: 20, boats: 1, deaths: 0, route: 'r-rote', site: 'Ashmore Reef',
    outcome: 'landed', nationalities: [{ code: 'IRQ', people: 20 }] }),
]);
const cube = buildEventCube(table);
const byKey = (entries: { key: string; value: number }[]): Record<string, number> =>
  Object.fromEntries(entries.filter((e) => e.value > 0).map((e) => [e.key, e.value]));

describe('kpiValues', () => {
  it('reads landed people and boats, departure records, people per outcome and deaths', () => {
    expect(kpiValues(aggregateWindow(cube, NO_FILTERS))).toEqual({
      'landed-people': 120,
      'landed-boats': 2,
      departures: 1,
      'turned-back': 50,
      disrupted: 30,
      rescued: 0,
      'lost-at-sea': 40,
      deaths: 25,
      records: 6,
    });
  });

  it('counts only the people of the selected nationalities, on whole boats', () => {
    const k = kpiValues(aggregateWindow(cube, { ...NO_FILTERS, nationalities: ['IRN'] }));
    expect(k['landed-people']).toBe(40); // E1's Iranians
    expect(k['landed-boats']).toBe(1);
    expect(k.departures).toBe(1);
    expect(k['lost-at-sea']).toBe(10);
  });
});

describe('ranked entries', () => {
  it('sums a nationality series over its months', () => {
    const a = aggregateWindow(cube, voyageFilters(NO_FILTERS), 'nationality');
    // Interceptions only: E3's 80 Iranians departing are not counted again.
    expect(byKey(seriesTotals(a.series, 'people'))).toEqual({ AFG: 110, IRN: 50, LKA: 30, IRQ: 50 });
  });

  it('splits sites into departures (embarkation) and interceptions', () => {
    const a = aggregateWindow(cube, NO_FILTERS);
    const names = table.sites.map((s) => s.name);
    expect(byKey(siteEntries(names, a.sites, 'departures'))).toEqual({ 'Pelabuhan Ratu': 80 });
    expect(byKey(siteEntries(names, a.sites, 'interceptions'))).toEqual({
      'Christmas Island': 150,
      Jakarta: 30,
      'Rote Island': 40,
      'Ashmore Reef': 20,
    });
  });
});

describe('filter option counts (crossfilter: all filters but the dimension own)', () => {
  const counts = (filters: EventFilters, dimension: FilterDimension): Record<string, number> => {
    const a = aggregateWindow(cube, withoutDimension(filters, dimension), countSplit(dimension));
    const values = dimensionValues(table, dimension);
    const c = optionCounts(table, a, dimension);
    return Object.fromEntries(values.map((v, i) => [v, c[i] ?? 0]));
  };

  it('counts people per route, kind, outcome and site', () => {
    expect(counts(NO_FILTERS, 'routes')).toEqual({ 'r-java': 260, 'r-rote': 60 });
    expect(counts(NO_FILTERS, 'kinds')).toEqual({ departure: 80, interception: 240 });
    expect(counts(NO_FILTERS, 'outcomes')).toEqual({
      none: 80,
      landed: 120,
      turned_back: 50,
      disrupted: 30,
      rescued: 0,
      lost_at_sea: 40,
      lost_on_land: 0,
      unknown: 0,
    });
    expect(counts(NO_FILTERS, 'sites')['Christmas Island']).toBe(150);
  });

  it('keeps the counts of a dimension whole when it is filtered, and narrows the others', () => {
    const filters: EventFilters = { ...NO_FILTERS, routes: ['r-rote'] };
    expect(counts(filters, 'routes')).toEqual({ 'r-java': 260, 'r-rote': 60 });
    expect(counts(filters, 'nationalities')).toEqual({ AFG: 0, IRN: 10, LKA: 0, IRQ: 50 });
    expect(counts(filters, 'outcomes').landed).toBe(20);
  });

  it('counts people of each nationality whatever nationalities are ticked', () => {
    const filters: EventFilters = { ...NO_FILTERS, nationalities: ['AFG'] };
    expect(counts(filters, 'nationalities')).toEqual({ AFG: 110, IRN: 130, LKA: 30, IRQ: 50 });
    // Other dimensions count only the Afghans.
    expect(counts(filters, 'routes')).toEqual({ 'r-java': 110, 'r-rote': 0 });
  });

  it('counts within the time window', () => {
    const filters: EventFilters = {
      ...NO_FILTERS,
      timeRange: { startDay: parseIsoDay('2012-02-01'), endDay: parseIsoDay('2012-04-01') },
    };
    expect(counts(filters, 'routes')).toEqual({ 'r-java': 30, 'r-rote': 60 });
  });
});

describe('derived filters', () => {
  it('returns the same object for the same input, so memos hit', () => {
    const filters: EventFilters = { ...NO_FILTERS, routes: ['r-java'] };
    expect(withoutDimension(filters, 'routes')).toBe(withoutDimension(filters, 'routes'));
    expect(withoutDimension(filters, 'routes').routes).toEqual([]);
    expect(withoutDimension(filters, 'sites')).toBe(filters);
    expect(voyageFilters(filters)).toBe(voyageFilters(filters));
    const range = { startDay: parseIsoDay('2011-01-01'), endDay: parseIsoDay('2012-01-01') };
    expect(withTimeRange(filters, range)).toBe(withTimeRange(filters, { ...range }));
    expect(selectAggregatesBy(table, filters, 'route')).toBe(selectAggregatesBy(table, filters, 'route'));
    expect(selectAggregatesBy(table, filters, 'outcome')).not.toBe(
      selectAggregatesBy(table, filters, 'route'),
    );
  });

  it('counts voyages by their interception records unless only departures are asked for', () => {
    expect(voyageFilters(NO_FILTERS).kinds).toEqual(['interception']);
    expect(voyageRecords(NO_FILTERS)).toBe('interceptions');
    const departures: EventFilters = { ...NO_FILTERS, kinds: ['departure'] };
    expect(voyageFilters(departures)).toBe(departures);
    expect(voyageRecords(departures)).toBe('departures');
    expect(voyageFilters({ ...NO_FILTERS, kinds: ['departure', 'interception'] }).kinds).toEqual([
      'interception',
    ]);
  });
});
