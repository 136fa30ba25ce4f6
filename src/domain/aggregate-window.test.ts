// Hand-computed aggregates of a six-event table: headline totals, sites, flows per leg, monthly series and
// the nationality-filter semantics, checked on both paths (cube and reference rows).
import { describe, expect, it } from 'vitest';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import type { Measures, SeriesSplit, ViewMeasure, WindowAggregates } from './aggregates';
import { aggregateRows } from './aggregate-rows';
import { aggregateWindow } from './aggregate-window';
import { epochDayToMonth, parseIsoDay } from './epoch-day';
import { buildEventCube } from './event-cube';
import { NO_FILTERS, type EventFilters } from './event-filters';
import { filterEvents } from './filter-events';
import { outcomeValuesBySiteCode, siteEntryOf, valuesBySiteCode } from './site-totals';
import { OUTCOMES, type Outcome } from './vocabulary';

const ev = makeEventFeature;
// prettier-ignore
const table = loadTestTable([
  // E1: landed at Christmas Island: reaches stage 3 (destination) of r-java
  ev({ id: 'E1', date: '2012-01-10', people: 100, boats: 1, crew: 3, deaths: 0, route: 'r-java', site: 'Christmas Island',
    outcome: 'landed', nationalities: [{ code: 'AFG', people: 60 }, { code: 'IRN', people: 40 }] }),
  // E2: turned back: reaches stage 2 (embarkation) of r-java
  ev({ id: 'E2', date: '2012-01-20', people: 50, boats: 1, crew: 2, deaths: null, route: 'r-java', site: 'Christmas Island',
    outcome: 'turned_back', nationalities: [{ code: 'AFG', people: 50 }] }),
  // E3: a departure: not in flows
  ev({ id: 'E3', kind: 'departure', date: '2012-01-05', people: 80, boats: 1, crew: null, deaths: null, route: 'r-java',
    site: 'Pelabuhan Ratu', outcome: undefined, nationalities: [{ code: 'IRN', people: 80 }] }),
  // E4: disrupted in Jakarta: reaches stage 1 (the stage named like the site); two boats
  ev({ id: 'E4', date: '2012-02-03', people: 30, boats: 2, crew: 0, deaths: 0, route: 'r-java', site: 'Jakarta',
    outcome: 'disrupted', nationalities: ['LKA'] }),
  // E5: lost at sea off Rote: reaches stage 2 (embarkation) of r-rote; 25 dead
  ev({ id: 'E5', date: '2012-02-14', people: 40, boats: 1, crew: 2, deaths: 25, route: 'r-rote', site: 'Rote Island',
    outcome: 'lost_at_sea', nationalities: [{ code: 'IRQ', people: 30 }, { code: 'IRN', people: 10 }] }),
  // E6: landed at Ashmore Reef, known only to the month (sits on 2012-03-01): stage 3 of r-rote
  ev({ id: 'E6', date: '2012-03', people: 20, boats: 1, crew: null, deaths: 0, route: 'r-rote', site: 'Ashmore Reef',
    outcome: 'landed', nationalities: [{ code: 'IRQ', people: 20 }] }),
]);
const cube = buildEventCube(table);

const PATHS = {
  cube: (f: EventFilters, s: SeriesSplit): WindowAggregates => aggregateWindow(cube, f, s),
  rows: (f: EventFilters, s: SeriesSplit): WindowAggregates =>
    aggregateRows(table, filterEvents(table, f), f, s),
};
const day = (iso: string): ReturnType<typeof parseIsoDay> => parseIsoDay(iso);
const range = (from: string, to: string): EventFilters => ({
  ...NO_FILTERS,
  timeRange: { startDay: day(from), endDay: day(to) },
});
const m = (people: number, boats: number, events: number, deaths: number, crew: number): Measures => ({
  people,
  boats,
  events,
  deaths,
  crew,
});
const routeIndex = (id: string): number => table.routes.findIndex((r) => r.id === id);
const siteIndex = (name: string): number => table.sites.findIndex((s) => s.name === name);
const outcome = (o: Outcome): number => OUTCOMES.indexOf(o);
/** Monthly values of one split key, as a plain array. */
const seriesOf = (a: WindowAggregates, key: string, measure: ViewMeasure = 'people'): number[] => {
  const k = a.series.keys.indexOf(key);
  return Array.from(a.series[measure].subarray(k * a.series.monthCount, (k + 1) * a.series.monthCount));
};

describe.each(Object.entries(PATHS))('six labelled events, %s path', (_path, aggregate) => {
  it('headline totals: all, by kind and by outcome (unknown deaths and crew count as 0)', () => {
    const { totals } = aggregate(NO_FILTERS, 'route');
    expect(totals.all).toEqual(m(320, 7, 6, 25, 7));
    expect(totals.byKind).toEqual([m(80, 1, 1, 0, 0), m(240, 6, 5, 25, 7)]);
    expect(totals.byOutcome).toEqual([
      m(80, 1, 1, 0, 0), // none: the departure
      m(120, 2, 2, 0, 3), // landed: E1 + E6
      m(50, 1, 1, 0, 2), // turned_back
      m(30, 2, 1, 0, 0), // disrupted
      m(0, 0, 0, 0, 0), // rescued
      m(40, 1, 1, 25, 2), // lost_at_sea
      m(0, 0, 0, 0, 0), // lost_on_land
      m(0, 0, 0, 0, 0), // unknown
    ]);
  });

  it('site totals, split by kind and by outcome', () => {
    const { sites } = aggregate(NO_FILTERS, 'route');
    const ci = siteIndex('Christmas Island');
    const pr = siteIndex('Pelabuhan Ratu');
    const entry = (s: number): number => siteEntryOf(sites, s);
    const at = (s: number): number[] => [
      sites.people[entry(s)] ?? -1,
      sites.boats[entry(s)] ?? -1,
      sites.events[entry(s)] ?? -1,
      sites.departureEvents[entry(s)] ?? -1,
      sites.interceptionEvents[entry(s)] ?? -1,
    ];
    expect(at(ci)).toEqual([150, 2, 2, 0, 2]);
    expect(at(pr)).toEqual([80, 1, 1, 1, 0]);
    expect(at(siteIndex('Jakarta'))).toEqual([30, 2, 1, 0, 1]);
    const o = OUTCOMES.length;
    const outcomePeople = outcomeValuesBySiteCode(sites, 'people', table.sites.length);
    const outcomeBoats = outcomeValuesBySiteCode(sites, 'boats', table.sites.length);
    expect(outcomePeople[ci * o + outcome('landed')]).toBe(100);
    expect(outcomePeople[ci * o + outcome('turned_back')]).toBe(50);
    expect(outcomePeople[pr * o + outcome('none')]).toBe(80);
    expect(outcomeBoats[siteIndex('Jakarta') * o + outcome('disrupted')]).toBe(2);
  });

  it('site totals are sparse: only sites with records, in code order, each with its outcomes', () => {
    const { sites } = aggregate(NO_FILTERS, 'route');
    const withRecords = table.sites.flatMap((_, s) =>
      filterEvents(table, NO_FILTERS).some((row) => table.site[row] === s) ? [s] : [],
    );
    expect(Array.from(sites.codes)).toEqual(withRecords);
    expect(sites.pairStart.length).toBe(sites.codes.length + 1);
    const ci = siteEntryOf(sites, siteIndex('Christmas Island'));
    const pairs = Array.from(sites.pairOutcome.subarray(sites.pairStart[ci], sites.pairStart[ci + 1]));
    expect(pairs).toEqual([outcome('landed'), outcome('turned_back')]);
    // A window without the site's records leaves it out.
    const none = aggregate({ ...NO_FILTERS, routes: ['r-rote'] }, 'route').sites;
    expect(siteEntryOf(none, siteIndex('Pelabuhan Ratu'))).toBe(-1);
  });

  it('flows: each leg carries those who reached its far stage; only the landed cross the last leg', () => {
    const { flows } = aggregate(NO_FILTERS, 'route');
    // r-java: E1 reached 3 (100 people, 1 boat), E2 reached 2 (50, 1), E4 reached 1 (30, 2); E3 is a departure.
    expect(flows[routeIndex('r-java')]).toEqual({
      people: 180,
      boats: 4,
      segmentPeople: [180, 150, 100],
      segmentBoats: [4, 2, 1],
      // No deaths recorded on r-java (E2's are unknown); three records, reaching stages 3, 2 and 1.
      deaths: 0,
      segmentDeaths: [0, 0, 0],
      events: 3,
      segmentEvents: [3, 2, 1],
    });
    // r-rote: E5 reached 2 (40, 1), E6 reached 3 (20, 1).
    expect(flows[routeIndex('r-rote')]).toEqual({
      people: 60,
      boats: 2,
      segmentPeople: [60, 60, 20],
      segmentBoats: [2, 2, 1],
      // E5's 25 dead stopped at stage 2: they are on the first two legs, not on the last.
      deaths: 25,
      segmentDeaths: [25, 25, 0],
      events: 2,
      segmentEvents: [2, 2, 1],
    });
  });

  it('dead and missing and records per site, per site and outcome, and per month', () => {
    const a = aggregate(NO_FILTERS, 'route');
    const o = OUTCOMES.length;
    const rote = siteIndex('Rote Island');
    const sites = table.sites.length;
    expect(valuesBySiteCode(a.sites, 'deaths', sites)[rote]).toBe(25);
    const outcomeDeaths = outcomeValuesBySiteCode(a.sites, 'deaths', sites);
    const outcomeEvents = outcomeValuesBySiteCode(a.sites, 'events', sites);
    expect(outcomeDeaths[rote * o + outcome('lost_at_sea')]).toBe(25);
    expect([...a.sites.deaths].reduce((x, y) => x + y, 0)).toBe(25);
    expect(outcomeEvents[siteIndex('Christmas Island') * o + outcome('landed')]).toBe(1);
    expect(outcomeEvents[siteIndex('Christmas Island') * o + outcome('turned_back')]).toBe(1);
    expect(outcomeEvents[siteIndex('Pelabuhan Ratu') * o + outcome('none')]).toBe(1);
    expect(seriesOf(a, 'r-rote', 'deaths')).toEqual([0, 25, 0]);
    expect(seriesOf(a, 'r-java', 'deaths')).toEqual([0, 0, 0]);
    expect(seriesOf(a, 'r-java', 'events')).toEqual([3, 1, 0]);
    expect(seriesOf(a, 'r-rote', 'events')).toEqual([0, 1, 1]);
    // By nationality, deaths and records count whole boats carrying the nationality (E5: IRQ and IRN).
    const byNat = aggregate(NO_FILTERS, 'nationality');
    expect(seriesOf(byNat, 'IRQ', 'deaths')).toEqual([0, 25, 0]);
    expect(seriesOf(byNat, 'IRN', 'deaths')).toEqual([0, 25, 0]);
    expect(seriesOf(byNat, 'AFG', 'events')).toEqual([2, 0, 0]);
  });

  it('monthly series by route and by outcome, January to March 2012', () => {
    const byRoute = aggregate(NO_FILTERS, 'route');
    expect(byRoute.series.firstMonth).toBe(epochDayToMonth(day('2012-01-01')));
    expect(byRoute.series.monthCount).toBe(3);
    expect(seriesOf(byRoute, 'r-java')).toEqual([230, 30, 0]);
    expect(seriesOf(byRoute, 'r-java', 'boats')).toEqual([3, 2, 0]);
    expect(seriesOf(byRoute, 'r-rote')).toEqual([0, 40, 20]);
    const byOutcome = aggregate(NO_FILTERS, 'outcome');
    expect(seriesOf(byOutcome, 'landed')).toEqual([100, 0, 20]);
    expect(seriesOf(byOutcome, 'none')).toEqual([80, 0, 0]);
    expect(seriesOf(byOutcome, 'lost_at_sea')).toEqual([0, 40, 0]);
    const byKind = aggregate(NO_FILTERS, 'kind');
    expect(seriesOf(byKind, 'departure')).toEqual([80, 0, 0]);
    expect(seriesOf(byKind, 'interception')).toEqual([150, 70, 20]);
  });

  it('a nationality filter counts only the selected people, but whole boats', () => {
    const irn = { ...NO_FILTERS, nationalities: ['IRN'] };
    const a = aggregate(irn, 'nationality');
    // E1 (40 IRN of 100), E3 (80 IRN), E5 (10 IRN of 40); deaths and crew of those whole boats.
    expect(a.totals.all).toEqual(m(130, 3, 3, 25, 5));
    expect(a.flows[routeIndex('r-java')]?.segmentPeople).toEqual([40, 40, 40]);
    expect(a.flows[routeIndex('r-rote')]?.segmentPeople).toEqual([10, 10, 0]);
    expect(a.flows[routeIndex('r-rote')]?.segmentBoats).toEqual([1, 1, 0]);
    expect(seriesOf(a, 'IRN')).toEqual([120, 10, 0]);
    expect(seriesOf(a, 'IRN', 'boats')).toEqual([2, 1, 0]);
    expect(seriesOf(a, 'AFG')).toEqual([0, 0, 0]); // E1 carries Afghans, but they are not selected
    expect(aggregate({ ...NO_FILTERS, nationalities: ['IRN', 'IRQ'] }, 'route').totals.all.people).toBe(180);
    expect(aggregate({ ...NO_FILTERS, nationalities: ['SYR'] }, 'route').totals.all).toEqual(
      m(0, 0, 0, 0, 0),
    );
  });

  it('an unfiltered nationality series splits people by nationality and counts a boat under each', () => {
    const a = aggregate(NO_FILTERS, 'nationality');
    expect(seriesOf(a, 'AFG')).toEqual([110, 0, 0]);
    expect(seriesOf(a, 'IRN')).toEqual([120, 10, 0]);
    expect(seriesOf(a, 'IRQ')).toEqual([0, 30, 20]);
    expect(seriesOf(a, 'LKA')).toEqual([0, 30, 0]);
    expect(seriesOf(a, 'AFG', 'boats')).toEqual([2, 0, 0]);
  });

  it('time windows are half-open UTC days; month-precision events sit on the 1st', () => {
    const midJanToMidFeb = aggregate(range('2012-01-15', '2012-02-10'), 'route');
    expect(midJanToMidFeb.totals.all).toEqual(m(80, 3, 2, 0, 2)); // E2 and E4
    expect(midJanToMidFeb.series.monthCount).toBe(2);
    expect(seriesOf(midJanToMidFeb, 'r-java')).toEqual([50, 30]);
    expect(aggregate(range('2012-01-10', '2012-01-20'), 'route').totals.all.events).toBe(1); // E1, not E2
    expect(aggregate(range('2012-03-01', '2012-03-02'), 'route').totals.all.people).toBe(20); // E6
    expect(aggregate(range('2012-03-02', '2012-04-01'), 'route').totals.all.events).toBe(0);
    const february = aggregate(range('2012-02-01', '2012-03-01'), 'route');
    expect(february.totals.all).toEqual(m(70, 3, 2, 25, 2));
    expect(february.flows[routeIndex('r-rote')]?.segmentPeople).toEqual([40, 40, 0]);
    const empty = aggregate(range('2012-02-10', '2012-02-10'), 'route');
    expect(empty.totals.all.events).toBe(0);
    expect(empty.series.monthCount).toBe(0);
  });

  it('kind, outcome, route and site filters combine', () => {
    const landedJava = { ...NO_FILTERS, outcomes: ['landed' as const], routes: ['r-java'] };
    expect(aggregate(landedJava, 'route').totals.all).toEqual(m(100, 1, 1, 0, 3));
    const departures = { ...NO_FILTERS, kinds: ['departure' as const] };
    expect(aggregate(departures, 'route').flows.every((f) => f.people === 0)).toBe(true);
    const christmas = { ...NO_FILTERS, sites: ['Christmas Island'] };
    expect(aggregate(christmas, 'outcome').totals.all).toEqual(m(150, 2, 2, 0, 5));
  });
});

describe('the series split', () => {
  it('changes the series only: totals, flows and sites are the same whatever the split', () => {
    const windows: EventFilters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, routes: ['r-java'] },
      {
        ...NO_FILTERS,
        timeRange: { startDay: parseIsoDay('2012-02-01'), endDay: parseIsoDay('2012-04-01') },
      },
    ];
    for (const filters of windows) {
      const byRoute = aggregateWindow(cube, filters, 'route');
      for (const split of ['kind', 'outcome', 'nationality'] as const) {
        const other = aggregateWindow(cube, filters, split);
        expect(other.flows).toStrictEqual(byRoute.flows);
        expect(other.totals).toStrictEqual(byRoute.totals);
        expect(other.sites).toStrictEqual(byRoute.sites);
      }
    }
  });
});
