import { readFileSync } from 'node:fs';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { topologyToBasemap, type CountriesTopology } from './natural-earth';
import { unwrapRing } from './unwrap-antimeridian';

const topology = JSON.parse(
  readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'),
) as CountriesTopology;
const basemap = topologyToBasemap(topology);

function rings(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'MultiLineString':
      return geometry.coordinates;
    case 'LineString':
    case 'Point':
    case 'MultiPoint':
    case 'GeometryCollection':
      return [];
  }
}
const maxJumpDeg = (ring: Position[]): number =>
  ring.reduce(
    (max, p, i) => (i === 0 ? 0 : Math.max(max, Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)))),
    0,
  );

describe('offline basemap', () => {
  it('has no edge that jumps across the map (the antimeridian streak)', () => {
    for (const f of basemap.land.features) {
      for (const ring of rings(f.geometry))
        expect(maxJumpDeg(ring), f.properties.name).toBeLessThanOrEqual(180);
    }
    for (const line of rings(basemap.borders.geometry)) expect(maxJumpDeg(line)).toBeLessThanOrEqual(180);
  });

  it('keeps the places the route needs, including the small Australian territories', () => {
    const names = new Set(basemap.land.features.map((f) => f.properties.name));
    for (const name of [
      'Afghanistan',
      'Indonesia',
      'Malaysia',
      'Australia',
      'Sri Lanka',
      'Indian Ocean Ter.',
      'Ashmore and Cartier Is.',
      'Fiji',
      'Russia',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
    expect(names.has('Antarctica')).toBe(false);
  });
});

describe('unwrapRing', () => {
  it('shifts longitudes so consecutive points stay within 180°', () => {
    expect(
      unwrapRing([
        [179, 0],
        [-179, 1],
        [-178, 2],
        [179, 0],
      ]),
    ).toEqual([
      [179, 0],
      [181, 1],
      [182, 2],
      [179, 0],
    ]);
  });
  it('leaves rings that do not cross the antimeridian alone', () => {
    const ring = [
      [100, 0],
      [101, 1],
      [100, 1],
      [100, 0],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});
