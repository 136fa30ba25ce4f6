// A small table of records whose boats are known for some and not others (`boats: null`), for the tests
// of the "boats known for X of Y records" line.
import { parseEventsValue } from '@/data/parse-events';
import type { EventTable } from '@/domain/event-table';

export interface BoatsSpec {
  readonly id: string;
  readonly kind: 'interception' | 'departure';
  readonly outcome?: string;
  readonly date: string;
  readonly boats: number | null;
  readonly records?: number;
}

/**
 * a landed, 2 boats · b landed, boats null · c rescued, 1 boat (April) · d departure, boats null (April) ·
 * e landed, 3 boats (May). Known: a, c, e.
 */
export const MIXED_BOATS: readonly BoatsSpec[] = [
  { id: 'a', kind: 'interception', outcome: 'landed', date: '2012-03-04', boats: 2 },
  { id: 'b', kind: 'interception', outcome: 'landed', date: '2012-03-10', boats: null },
  { id: 'c', kind: 'interception', outcome: 'rescued', date: '2012-04-02', boats: 1 },
  { id: 'd', kind: 'departure', date: '2012-04-05', boats: null },
  { id: 'e', kind: 'interception', outcome: 'landed', date: '2012-05-01', boats: 3 },
];

export function loadBoatsTable(specs: readonly BoatsSpec[]): EventTable {
  const features = specs.map((s) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [105.68, -10.42] },
    properties: {
      id: s.id,
      kind: s.kind,
      ...(s.outcome === undefined ? {} : { outcome: s.outcome }),
      date: s.date,
      people: 10,
      boats: s.boats,
      ...(s.records === undefined ? {} : { records: s.records }),
      route: 'java-christmas',
      site: 'Flying Fish Cove',
    },
  }));
  const outcome = parseEventsValue(
    { type: 'FeatureCollection', metadata: { formatVersion: 1, kind: 'events' }, features },
    { fileName: 'events.geojson', routes: null },
  );
  if (!outcome.ok) throw new Error(outcome.error.code);
  if (outcome.table.length !== specs.length) throw new Error('a record did not load');
  return outcome.table;
}
