// Field-by-field comparison of two WindowAggregates (all sums are integers, so equality is exact).
import type { Measures, WindowAggregates } from '@/domain/aggregates';

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function measuresList(m: Measures): number[] {
  return [m.people, m.boats, m.events, m.deaths, m.crew];
}

/**
 * Which fields to compare: 'all', or 'people-boats' for the frozen previous core, written before deaths and
 * records were measures per site, leg and month (it fills those with zeros; its headline totals count all).
 */
export type DiffScope = 'all' | 'people-boats';

/** The first field where `a` and `b` differ, or null when they are equal. */
export function diffAggregates(
  a: WindowAggregates,
  b: WindowAggregates,
  scope: DiffScope = 'all',
): string | null {
  const checks: [string, ArrayLike<number>, ArrayLike<number>][] = [
    ['totals.all', measuresList(a.totals.all), measuresList(b.totals.all)],
    ['totals.byKind', a.totals.byKind.flatMap(measuresList), b.totals.byKind.flatMap(measuresList)],
    ['totals.byOutcome', a.totals.byOutcome.flatMap(measuresList), b.totals.byOutcome.flatMap(measuresList)],
    ['sites.people', a.sites.people, b.sites.people],
    ['sites.boats', a.sites.boats, b.sites.boats],
    ['sites.events', a.sites.events, b.sites.events],
    ['sites.departureEvents', a.sites.departureEvents, b.sites.departureEvents],
    ['sites.interceptionEvents', a.sites.interceptionEvents, b.sites.interceptionEvents],
    ['sites.codes', a.sites.codes, b.sites.codes],
    ['sites.pairStart', a.sites.pairStart, b.sites.pairStart],
    ['sites.pairOutcome', a.sites.pairOutcome, b.sites.pairOutcome],
    ['sites.pairPeople', a.sites.pairPeople, b.sites.pairPeople],
    ['sites.pairBoats', a.sites.pairBoats, b.sites.pairBoats],
    ['flows.people', a.flows.map((f) => f.people), b.flows.map((f) => f.people)],
    ['flows.boats', a.flows.map((f) => f.boats), b.flows.map((f) => f.boats)],
    ['flows.segmentPeople', a.flows.flatMap((f) => f.segmentPeople), b.flows.flatMap((f) => f.segmentPeople)],
    ['flows.segmentBoats', a.flows.flatMap((f) => f.segmentBoats), b.flows.flatMap((f) => f.segmentBoats)],
    [
      'series.firstMonth/monthCount',
      [a.series.firstMonth, a.series.monthCount],
      [b.series.firstMonth, b.series.monthCount],
    ],
    ['series.people', a.series.people, b.series.people],
    ['series.boats', a.series.boats, b.series.boats],
  ];
  if (scope === 'all') {
    checks.push(
      ['sites.deaths', a.sites.deaths, b.sites.deaths],
      ['sites.pairDeaths', a.sites.pairDeaths, b.sites.pairDeaths],
      ['sites.pairEvents', a.sites.pairEvents, b.sites.pairEvents],
      ['flows.deaths', a.flows.map((f) => f.deaths), b.flows.map((f) => f.deaths)],
      ['flows.events', a.flows.map((f) => f.events), b.flows.map((f) => f.events)],
      [
        'flows.segmentDeaths',
        a.flows.flatMap((f) => f.segmentDeaths),
        b.flows.flatMap((f) => f.segmentDeaths),
      ],
      [
        'flows.segmentEvents',
        a.flows.flatMap((f) => f.segmentEvents),
        b.flows.flatMap((f) => f.segmentEvents),
      ],
      ['series.deaths', a.series.deaths, b.series.deaths],
      ['series.events', a.series.events, b.series.events],
    );
  }
  for (const [name, x, y] of checks) if (!sameNumbers(x, y)) return name;
  if (a.series.keys.join() !== b.series.keys.join()) return 'series.keys';
  return null;
}

/** Per-route people over the window (from the monthly series), for printing. */
export function routePeople(a: WindowAggregates): number[] {
  const { monthCount, people, keys } = a.series;
  return keys.map((_, r) => {
    let sum = 0;
    for (let m = 0; m < monthCount; m++) sum += people[r * monthCount + m] ?? 0;
    return sum;
  });
}
