// Generates the illustrative demo dataset (data/demo/*.geojson): synthetic boats calibrated to published
// figures (data/demo/SOURCES.md); deterministic. Run: npm run demo:generate

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDepartures } from './demo/build-departures';
import { buildDisruptions } from './demo/build-disruptions';
import { buildIncidents } from './demo/build-incidents';
import { buildLanded } from './demo/build-landed';
import { buildTurnbacks } from './demo/build-turnbacks';
import type { DatasetMetadata, EventFeature, EventsCollection, RoutesCollection } from './demo/demo-types';
import { buildRouteFeatures } from './demo/demo-routes';
import { renderFeatureCollection } from './demo/render-geojson';
import type { Voyage } from './demo/voyage';

export type { EventFeature, EventsCollection, RouteFeature, RoutesCollection } from './demo/demo-types';

/** The seed of the committed demo files. */
export const DEMO_SEED = 20081001;

const EXTRACTED = '2026-11-28';
const LICENCE = 'CC BY 4.0 (synthetic data; published figures cited in SOURCES.md)';

const EVENTS_METADATA: DatasetMetadata = {
  formatVersion: 1,
  kind: 'events',
  title: 'Illustrative demo data: maritime arrivals to Australia 2008–2014',
  source:
    'Synthetic records calibrated to published figures: Parliamentary Library, Boat arrivals in Australia since 1976 (App. A); OSB/ACBPS and DIAC releases; UNHCR registrations in Indonesia (PopulationStatistics/refugees, CC BY 4.0). See data/demo/SOURCES.md',
  licence: LICENCE,
  extracted: EXTRACTED,
  illustrative: true,
  destination: 'Australia',
  tagline: 'Maritime migrant-smuggling routes to Australia',
  notes:
    'ILLUSTRATIVE, not a record of real boats. Individual boats, dates, sizes, sites, crews and nationality mixes are synthetic; annual landed totals 2008–2014 and the anchored periods equal published figures. The 2012 boat count (255) is a derived estimate. Departures are a synthetic 60 % subset of voyages. Place coordinates are approximate. Regenerate with: npm run demo:generate',
};

const ROUTES_METADATA: DatasetMetadata = {
  formatVersion: 1,
  kind: 'routes',
  title: 'Illustrative demo corridors: West and South Asia to Australia by sea, 2008–2014',
  source:
    'Corridors drawn from the routes described in published sources (data-facts §3); stage coordinates approximate (§7b), waypoints the generator’s own. See data/demo/SOURCES.md',
  licence: LICENCE,
  extracted: EXTRACTED,
  illustrative: true,
  notes:
    'Sea legs follow open water (checked against Natural Earth 1:10m land); air legs are straight lines.',
};

function toFeature(id: string, voyage: Voyage): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: voyage.lonLat },
    properties: {
      id,
      kind: 'interception',
      date: voyage.date,
      people: voyage.people,
      boats: 1,
      crew: voyage.crew,
      deaths: voyage.deaths,
      route: voyage.route,
      nationalities: voyage.nationalities.map((n) => ({ code: n.code, people: n.people })),
      origin_country: voyage.originCountry,
      site: voyage.site,
      outcome: voyage.outcome,
      agency: voyage.agency,
      source: voyage.source,
      confidence: voyage.confidence,
    },
  };
}

/** Ids like ev-2012-0457: prefix, year, then a per-year sequence in the given order. */
function numberByYear<T>(
  items: readonly T[],
  dateOf: (t: T) => string,
  prefix: string,
): { id: string; item: T }[] {
  const counters = new Map<string, number>();
  return items.map((item) => {
    const year = dateOf(item).slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    return { id: `${prefix}-${year}-${String(n).padStart(4, '0')}`, item };
  });
}

/** The whole demo dataset for `seed`; pure (no I/O, no clock, no Math.random). */
export function generateDemoData(seed: number): { events: EventsCollection; routes: RoutesCollection } {
  const voyages = [
    ...buildLanded(seed),
    ...buildTurnbacks(seed),
    ...buildIncidents(seed),
    ...buildDisruptions(seed),
  ];
  // Stable order: by date, then by the order the builders produced them.
  const ordered = voyages.map((voyage, index) => ({ voyage, index }));
  ordered.sort((a, b) =>
    a.voyage.date < b.voyage.date ? -1 : a.voyage.date > b.voyage.date ? 1 : a.index - b.index,
  );
  const interceptions = numberByYear(ordered, (o) => o.voyage.date, 'ev').map(({ id, item }) => ({
    id,
    voyage: item.voyage,
  }));

  const departureDrafts = buildDepartures(seed, interceptions)
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) =>
      a.draft.properties.date < b.draft.properties.date
        ? -1
        : a.draft.properties.date > b.draft.properties.date
          ? 1
          : a.index - b.index,
    );
  const departures: EventFeature[] = numberByYear(departureDrafts, (d) => d.draft.properties.date, 'dp').map(
    ({ id, item }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: item.draft.lonLat },
      properties: { id, ...item.draft.properties },
    }),
  );

  const features = [...interceptions.map(({ id, voyage }) => toFeature(id, voyage)), ...departures];
  features.sort((a, b) => {
    const da = a.properties.date;
    const db = b.properties.date;
    if (da !== db) return da < db ? -1 : 1;
    return a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0;
  });
  return {
    events: { type: 'FeatureCollection', metadata: EVENTS_METADATA, features },
    routes: { type: 'FeatureCollection', metadata: ROUTES_METADATA, features: buildRouteFeatures() },
  };
}

/** The exact text of the two demo files for `seed`. */
export function renderDemoFiles(seed: number): { eventsText: string; routesText: string } {
  const { events, routes } = generateDemoData(seed);
  return { eventsText: renderFeatureCollection(events), routesText: renderFeatureCollection(routes) };
}

export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'demo');

function main(): void {
  const { eventsText, routesText } = renderDemoFiles(DEMO_SEED);
  mkdirSync(DEMO_DIR, { recursive: true });
  writeFileSync(join(DEMO_DIR, 'events.geojson'), eventsText);
  writeFileSync(join(DEMO_DIR, 'routes.geojson'), routesText);
  const { events } = generateDemoData(DEMO_SEED);
  console.log(`wrote ${events.features.length} events and 6 routes to ${DEMO_DIR}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
