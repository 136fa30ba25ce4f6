// Builders for tests: valid event features and collections as plain JSON-like objects, a tiny routes file,
// and a one-call loader from features to an EventTable (through the real parser, so tests see real tables).
import { parseEventsValue } from '@/data/parse-events';
import { parseRoutesText } from '@/data/parse-routes';
import { formatEpochDay } from '@/domain/epoch-day';
import { getEventDay, getEventId, type EventTable, type RouteInfo } from '@/domain/event-table';
import {
  CONFIDENCES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  NO_REACH,
  OUTCOMES,
  UNKNOWN_COUNT,
  UNKNOWN_PEOPLE,
} from '@/domain/vocabulary';

/** A GeoJSON Point feature as the loader reads it; properties stay untyped so tests can break them. */
export interface EventFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: Record<string, unknown>;
}

export interface FeatureCollectionJson {
  type: 'FeatureCollection';
  metadata?: Record<string, unknown>;
  features: unknown[];
}

/** Property overrides; a key set to `undefined` is removed from the feature. */
export type EventOverrides = Readonly<Record<string, unknown>>;

let nextId = 1;

/** Restarts the default id counter (`ev-test-1`, `ev-test-2`, …), for deterministic fixtures. */
export function resetEventIds(): void {
  nextId = 1;
}

/**
 * A valid interception on `r-java` that landed at Christmas Island, with 50 people (30 AFG, 20 IRN).
 * `overrides` replace properties; `coordinates` replaces the point ([lon, lat]).
 */
export function makeEventFeature(
  overrides: EventOverrides = {},
  coordinates: readonly number[] = [105.68, -10.42],
): EventFeature {
  const properties: Record<string, unknown> = {
    id: `ev-test-${nextId++}`,
    kind: 'interception',
    date: '2012-05-14',
    people: 50,
    boats: 1,
    crew: 2,
    deaths: 0,
    route: 'r-java',
    nationalities: [
      { code: 'AFG', people: 30 },
      { code: 'IRN', people: 20 },
    ],
    site: 'Christmas Island',
    outcome: 'landed',
    confidence: 'medium',
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete properties[key];
    else properties[key] = value;
  }
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [...coordinates] }, properties };
}

export const DEFAULT_EVENTS_METADATA: Readonly<Record<string, unknown>> = Object.freeze({
  formatVersion: 1,
  kind: 'events',
  title: 'Test events',
  source: 'Test source',
});

/** A FeatureCollection of `features`; `metadata` null leaves the foreign member out. */
export function makeCollection(
  features: readonly unknown[],
  metadata: Readonly<Record<string, unknown>> | null = DEFAULT_EVENTS_METADATA,
): FeatureCollectionJson {
  const collection: FeatureCollectionJson = { type: 'FeatureCollection', features: [...features] };
  if (metadata !== null) collection.metadata = { ...metadata };
  return collection;
}

/**
 * Two corridors with four stages each (origin, transit, embarkation, destination):
 * `r-java` Quetta → Jakarta → Pelabuhan Ratu → Christmas Island (vertices 0, 1, 2, 3) and
 * `r-rote` Kabul → Makassar → Rote Island → Ashmore Reef (vertices 0, 1, 3, 4: one sea waypoint).
 */
export function makeRoutesCollection(): FeatureCollectionJson {
  return {
    type: 'FeatureCollection',
    metadata: { formatVersion: 1, kind: 'routes', title: 'Test routes' },
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [67, 30.18],
            [106.85, -6.2],
            [106.55, -6.99],
            [105.68, -10.42],
          ],
        },
        properties: {
          id: 'r-java',
          name: 'Quetta – Java – Christmas Island',
          stages: [
            { name: 'Quetta', role: 'origin', vertex: 0, mode: 'air' },
            { name: 'Jakarta', role: 'transit', vertex: 1, mode: 'land' },
            { name: 'Pelabuhan Ratu', role: 'embarkation', vertex: 2, mode: 'sea' },
            { name: 'Christmas Island', role: 'destination', vertex: 3 },
          ],
        },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [69.17, 34.53],
            [119.43, -5.14],
            [121.5, -8.6],
            [123.07, -10.74],
            [123, -12.23],
          ],
        },
        properties: {
          id: 'r-rote',
          name: 'Kabul – Sulawesi – Rote – Ashmore Reef',
          stages: [
            { name: 'Kabul', role: 'origin', vertex: 0, mode: 'air' },
            { name: 'Makassar', role: 'transit', vertex: 1, mode: 'sea' },
            { name: 'Rote Island', role: 'embarkation', vertex: 3, mode: 'sea' },
            { name: 'Ashmore Reef', role: 'destination', vertex: 4 },
          ],
        },
      },
    ],
  };
}

/** The routes of makeRoutesCollection(), parsed by the real routes parser. */
export function makeTestRoutes(): readonly RouteInfo[] {
  const result = parseRoutesText(JSON.stringify(makeRoutesCollection()));
  if (!result.ok || result.rejected.length > 0) throw new Error('test routes do not parse');
  return result.routes;
}

/** Loads `features` through parseEventsValue; throws when the file as a whole fails. */
export function loadTestTable(
  features: readonly unknown[],
  routes: readonly RouteInfo[] | null = makeTestRoutes(),
): EventTable {
  const outcome = parseEventsValue(makeCollection(features), { fileName: 'test.geojson', routes });
  if (!outcome.ok) throw new Error(`test table failed to load: ${outcome.error.code}`);
  return outcome.table;
}

/** One table row decoded back to plain values (what a person would read), for assertions and goldens. */
export interface DecodedRow {
  id: string;
  date: string;
  precision: string;
  kind: string;
  outcome: string;
  confidence: string;
  /** null when the file gave no count (unknown). */
  people: number | null;
  boats: number;
  crew: number | null;
  deaths: number | null;
  route: string;
  site: string;
  nationalities: { code: string; people: number }[];
  /** Stage index reached along the route; null when the row does not enter flows. */
  reachedStage: number | null;
}

/** Every row of `table`, in table order (sorted by day). */
export function decodeTableRows(table: EventTable): DecodedRow[] {
  const rows: DecodedRow[] = [];
  const count = (value: number): number | null => (value === UNKNOWN_COUNT ? null : value);
  for (let r = 0; r < table.length; r++) {
    const nationalities: { code: string; people: number }[] = [];
    for (let e = table.natOffsets[r] ?? 0; e < (table.natOffsets[r + 1] ?? 0); e++) {
      nationalities.push({
        code: table.nationalityNames[table.natCode[e] ?? 0] ?? '?',
        people: table.natPeople[e] ?? 0,
      });
    }
    const reached = table.reachedStage[r] ?? NO_REACH;
    rows.push({
      id: getEventId(table, r),
      date: formatEpochDay(getEventDay(table, r)),
      precision: DATE_PRECISIONS[table.datePrecision[r] ?? 0] ?? '?',
      kind: EVENT_KINDS[table.kind[r] ?? 0] ?? '?',
      outcome: OUTCOMES[table.outcome[r] ?? 0] ?? '?',
      confidence: CONFIDENCES[table.confidence[r] ?? 0] ?? '?',
      people: table.people[r] === UNKNOWN_PEOPLE ? null : (table.people[r] ?? 0),
      boats: table.boats[r] ?? 0,
      crew: count(table.crew[r] ?? UNKNOWN_COUNT),
      deaths: count(table.deaths[r] ?? UNKNOWN_COUNT),
      route: table.routes[table.route[r] ?? 0]?.id ?? '?',
      site: table.sites[table.site[r] ?? 0]?.name ?? '?',
      nationalities,
      reachedStage: reached === NO_REACH ? null : reached,
    });
  }
  return rows;
}
