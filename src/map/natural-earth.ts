// The offline basemap: Natural Earth 1:50m countries from the world-atlas package (TopoJSON), served by
// our own origin and converted to GeoJSON in the browser. No tiles, no network beyond our origin. The build
// ships a slimmed copy of the file (scripts/vite-plugin-basemap.ts: coarser grid, no Antarctica).
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { unwrapAntimeridian } from './unwrap-antimeridian';

export interface Basemap {
  readonly land: FeatureCollection<Geometry, { name: string }>;
  /** Borders between countries (not coastlines). */
  readonly borders: Feature<MultiLineString>;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Antarctica is far outside the region and its ring along the pole does not unwrap cleanly. */
const DROPPED = new Set(['Antarctica']);

/** Fetches the bundled TopoJSON from our own origin and converts it. */
export async function loadBasemap(): Promise<Basemap> {
  const response = await fetch(countriesUrl);
  return topologyToBasemap((await response.json()) as CountriesTopology);
}

/** Converts the world-atlas countries topology to land polygons and border lines, antimeridian-safe. */
export function topologyToBasemap(topology: CountriesTopology): Basemap {
  const countries = feature(topology, topology.objects.countries);
  const land: FeatureCollection<Geometry, { name: string }> = {
    type: 'FeatureCollection',
    features: countries.features
      .filter((f) => !DROPPED.has(f.properties.name))
      .map((f) => ({ ...f, geometry: unwrapAntimeridian(f.geometry) })),
  };
  const borderLines = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return {
    land,
    borders: {
      type: 'Feature',
      properties: {},
      geometry: unwrapAntimeridian(borderLines) as MultiLineString,
    },
  };
}
