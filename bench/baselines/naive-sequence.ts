// Naive baseline: an array of plain objects; every step `.filter()`s all events, then reduces the survivors
// into Maps (one per grouping) and copies the Maps into the shared result layout.
import type { WindowAggregates } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { NO_REACH } from '@/domain/vocabulary';
import {
  countedPeople,
  passesNationality,
  RawSums,
  resolveBaselineQuery,
  type EventRecord,
} from './event-records';

interface Sums {
  people: number;
  boats: number;
  events: number;
  deaths: number;
  crew: number;
}

function addTo<K>(map: Map<K, Sums>, key: K, people: number, r: EventRecord): void {
  let s = map.get(key);
  if (s === undefined) {
    s = { people: 0, boats: 0, events: 0, deaths: 0, crew: 0 };
    map.set(key, s);
  }
  s.people += people;
  s.boats += r.boats;
  s.events += r.records;
  s.deaths += r.deaths;
  s.crew += r.crew;
}

/** One step of the naive implementation. */
export function naiveAggregate(
  table: EventTable,
  records: readonly EventRecord[],
  filters: EventFilters,
): WindowAggregates {
  const q = resolveBaselineQuery(table, filters);
  const { routeSel, natSel } = q;
  const rows = records.filter(
    (r) =>
      r.day >= q.startDay &&
      r.day < q.endDay &&
      (routeSel === null || routeSel[r.route] === 1) &&
      passesNationality(r, natSel),
  );

  const byKindOutcome = new Map<number, Sums>();
  const bySite = new Map<number, Sums>();
  const byRouteReach = new Map<number, Sums>();
  const byMonthRoute = new Map<number, Sums>();
  for (const r of rows) {
    const people = countedPeople(r, natSel);
    addTo(byKindOutcome, r.ko, people, r);
    addTo(bySite, r.siteKindOutcome, people, r);
    if (r.reach !== NO_REACH) addTo(byRouteReach, r.routeReach, people, r);
    addTo(byMonthRoute, r.monthRoute, people, r);
  }

  const out = new RawSums(table, q.span);
  for (const [ko, s] of byKindOutcome) out.setKindOutcome(ko, s.people, s.boats, s.events, s.deaths, s.crew);
  for (const [key, s] of bySite) out.addSiteGroup(key, s.people, s.boats, s.events, s.deaths);
  for (const [key, s] of byRouteReach) {
    const route = Math.floor(key / 256);
    const reach = key % 256;
    out.setReach(route, reach, s.people, s.boats, s.deaths, s.events);
  }
  const monthCount = q.span.monthCount;
  const routeCount = table.routes.length;
  for (const [key, s] of byMonthRoute) {
    const route = key % routeCount;
    const slot = (key - route) / routeCount - q.span.firstMonth;
    if (slot < 0 || slot >= monthCount) continue;
    out.seriesPeople[route * monthCount + slot] = s.people;
    out.seriesBoats[route * monthCount + slot] = s.boats;
    out.seriesDeaths[route * monthCount + slot] = s.deaths;
    out.seriesEvents[route * monthCount + slot] = s.events;
  }
  return out.assemble();
}
