// The comparison of two periods on a tiny table whose numbers are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { parseIsoDay, type EpochDay } from '@/domain/epoch-day';
import { NO_FILTERS, type DayRange } from '@/domain/event-filters';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeCompareView, resolveComparePeriods } from './compare-view';

const year = (y: number): DayRange => ({
  startDay: parseIsoDay(`${y}-01-01`),
  endDay: parseIsoDay(`${y + 1}-01-01`),
});
const landed = (date: string, people: number, site = 'Christmas Island', route = 'r-java') =>
  makeEventFeature({
    date,
    people,
    route,
    site,
    nationalities: [{ code: 'AFG', people }],
  });

// A (2011): three landings of 50 on r-java at Christmas Island, one of 3 on r-rote at Ashmore Reef, and a
// boat lost at sea with 2 people on r-java. B (2012): 40 and 60 at Christmas Island, 20 at Flying Fish Cove.
const table = loadTestTable([
  landed('2011-02-10', 50),
  landed('2011-05-10', 50),
  landed('2011-05-20', 50),
  landed('2011-08-01', 3, 'Ashmore Reef', 'r-rote'),
  makeEventFeature({
    date: '2011-09-09',
    people: 2,
    outcome: 'lost_at_sea',
    site: 'Indian Ocean',
    nationalities: [{ code: 'IRN', people: 2 }],
  }),
  landed('2012-05-03', 40),
  landed('2012-06-30', 60),
  landed('2012-07-15', 20, 'Flying Fish Cove'),
]);
const periods = { a: year(2011), b: year(2012) };

describe('makeCompareView', () => {
  const view = makeCompareView(table, NO_FILTERS, periods, 'people');

  it('compares the key figures: A, B, B − A and the percent change', () => {
    const people = view.figures.find((f) => f.id === 'landed-people');
    // A: 50 + 50 + 50 + 3 = 153; B: 40 + 60 + 20 = 120; −33 is −21.57 % of 153.
    expect(people).toMatchObject({ a: 153, b: 120, difference: -33, change: 'down' });
    expect(people?.percentChange).toBeCloseTo((-33 / 153) * 100, 10);
    expect(view.figures.find((f) => f.id === 'landed-boats')).toMatchObject({ a: 4, b: 3, difference: -1 });
    // Lost at sea: 2 in A, none in B.
    expect(view.figures.find((f) => f.id === 'lost-at-sea')).toMatchObject({ a: 2, b: 0, change: 'gone' });
    expect(view.figures.every((f) => f.stateA === 'shown' && f.stateB === 'shown')).toBe(true);
    expect(view.overlap).toBe(false);
  });

  it('ranks the sites that appeared, disappeared and changed most', () => {
    expect(view.sites.appeared.map((r) => [r.key, r.b])).toEqual([['Flying Fish Cove', 20]]);
    // Gone in B, largest A first: Ashmore Reef (3) before Indian Ocean (2).
    expect(view.sites.disappeared.map((r) => [r.key, r.a])).toEqual([
      ['Ashmore Reef', 3],
      ['Indian Ocean', 2],
    ]);
    expect(view.sites.largestAbsolute.map((r) => [r.key, r.difference])).toEqual([['Christmas Island', -50]]);
  });

  it('compares the route legs: the landings cross every leg, the lost boat the two before the sea', () => {
    // r-java: legs 0 and 1 carry 150 + 2 in A and 120 in B; leg 2 (the sea crossing) 150 and 120.
    const leg = (key: string) => view.legs.rows.find((r) => r.key === key);
    expect(leg('r-java#0')).toMatchObject({ a: 152, b: 120 });
    expect(leg('r-java#2')).toMatchObject({ a: 150, b: 120, difference: -30 });
    expect(view.legs.disappeared.map((r) => r.key)).toEqual(['r-rote#0', 'r-rote#1', 'r-rote#2']);
    expect(view.legNames.get('r-java#2')).toEqual({
      routeName: 'Quetta – Java – Christmas Island',
      fromName: 'Pelabuhan Ratu',
      toName: 'Christmas Island',
    });
  });

  it('aligns the monthly series of A and B month by month from their starts', () => {
    expect(view.series.a).toHaveLength(12);
    // Interception records, people: A has 50 in February, 100 in May, 3 in August, 2 in September.
    expect(view.series.a[1]).toBe(50);
    expect(view.series.a[4]).toBe(100);
    expect(view.series.b[4]).toBe(40);
    expect(view.series.b[5]).toBe(60);
    expect(view.series.a.reduce((s, v) => s + v, 0)).toBe(155);
    expect(view.series.b.reduce((s, v) => s + v, 0)).toBe(120);
  });

  it('under protection hides the small figures and the one that would give them away', () => {
    const protectedView = makeCompareView(table, NO_FILTERS, periods, 'people', 5);
    const lost = protectedView.figures.find((f) => f.id === 'lost-at-sea');
    const people = protectedView.figures.find((f) => f.id === 'landed-people');
    expect(lost).toMatchObject({ stateA: 'primary', stateB: 'shown', changeHidden: true });
    // Attempted recovery: the interceptions of A (155 people, the series' total, shown elsewhere) minus the
    // shown outcome figures would give the 2 lost at sea if "landed" (153) were shown; so it is hidden too.
    expect(people).toMatchObject({ stateA: 'secondary', stateB: 'shown', changeHidden: true });
    const shownA = protectedView.figures
      .filter((f) => f.id !== 'landed-boats' && f.id !== 'departures' && f.id !== 'deaths')
      .filter((f) => f.stateA === 'shown')
      .reduce((s, f) => s + f.a, 0);
    expect(155 - shownA).not.toBe(2);
    expect(protectedView.figures.find((f) => f.id === 'landed-boats')?.stateA).toBe('primary');
  });

  it('sees periods that overlap', () => {
    const overlapping = makeCompareView(
      table,
      NO_FILTERS,
      { a: year(2011), b: { startDay: parseIsoDay('2011-07-01'), endDay: parseIsoDay('2012-07-01') } },
      'people',
    );
    expect(overlapping.overlap).toBe(true);
  });
});

describe('resolveComparePeriods', () => {
  it('defaults to the last 12 months of data against the 12 before them for the whole period', () => {
    // The data run from February 2011 to July 2012.
    const day = parseIsoDay;
    expect(resolveComparePeriods(null, null, null, table)).toEqual({
      a: { startDay: day('2010-08-01'), endDay: day('2011-08-01') },
      b: { startDay: day('2011-08-01'), endDay: day('2012-08-01') },
    });
  });

  it('takes B from the time window, A a year earlier, and keeps periods the link sets', () => {
    const may: DayRange = { startDay: parseIsoDay('2012-05-01'), endDay: parseIsoDay('2012-06-01') };
    expect(resolveComparePeriods(null, null, may, table)).toEqual({
      a: { startDay: parseIsoDay('2011-05-01'), endDay: parseIsoDay('2011-06-01') },
      b: may,
    });
    const a: DayRange = { startDay: 15000 as EpochDay, endDay: 15010 as EpochDay };
    expect(resolveComparePeriods(a, may, null, table)).toEqual({ a, b: may });
  });
});
