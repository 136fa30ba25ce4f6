// The figures a view shows, keyed by names instead of dictionary codes, so two tables of the same data
// built from files in a different row order (GeoJSON in file order, a prepared file in date order)
// compare equal: headline totals, per site, per route flow, and the monthly series.
import type { WindowAggregates } from '@/domain/aggregates';
import type { EventTable } from '@/domain/event-table';
import { entryOutcomeValues } from '@/domain/site-totals';

export interface NamedFigures {
  readonly firstMonth: number;
  readonly monthCount: number;
  readonly totals: WindowAggregates['totals'];
  /** Site name → people, boats, events, departure events, interception events, then people and boats per outcome. */
  readonly sites: Readonly<Record<string, readonly number[]>>;
  /** Route id → name, people, boats, people per segment, boats per segment. */
  readonly flows: Readonly<Record<string, readonly unknown[]>>;
  /** Split key → people per month, then boats per month. */
  readonly series: Readonly<Record<string, readonly number[]>>;
}

export function figuresByName(table: EventTable, aggregates: WindowAggregates): NamedFigures {
  const sites: Record<string, number[]> = {};
  const s = aggregates.sites;
  s.codes.forEach((code, i) => {
    const site = table.sites[code];
    if (site === undefined) return;
    const values = [
      s.people[i] ?? 0,
      s.boats[i] ?? 0,
      s.events[i] ?? 0,
      s.departureEvents[i] ?? 0,
      s.interceptionEvents[i] ?? 0,
      ...entryOutcomeValues(s, i, 'people'),
      ...entryOutcomeValues(s, i, 'boats'),
    ];
    // Sites no row of the view touches are left out: a table may list a site another does not.
    if (values.some((v) => v !== 0)) sites[site.name] = values;
  });
  const flows: Record<string, unknown[]> = {};
  aggregates.flows.forEach((flow, code) => {
    const route = table.routes[code];
    if (route === undefined) return;
    flows[route.id] = [route.name, flow.people, flow.boats, [...flow.segmentPeople], [...flow.segmentBoats]];
  });
  const series: Record<string, number[]> = {};
  const m = aggregates.series.monthCount;
  aggregates.series.keys.forEach((key, k) => {
    const people = Array.from(aggregates.series.people.subarray(k * m, k * m + m));
    const boats = Array.from(aggregates.series.boats.subarray(k * m, k * m + m));
    if (people.some((v) => v !== 0) || boats.some((v) => v !== 0)) series[key] = [...people, ...boats];
  });
  // Keys in name order, so that serialized figures of two tables compare as text too.
  const sorted = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    firstMonth: aggregates.series.firstMonth,
    monthCount: m,
    totals: aggregates.totals,
    sites: sorted(sites),
    flows: sorted(flows),
    series: sorted(series),
  };
}
