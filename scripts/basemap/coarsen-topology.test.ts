import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { topologyToBasemap, type CountriesTopology } from '../../src/map/natural-earth';
import { coarsenTopology, simplifyArc } from './coarsen-topology';

/** Two squares side by side sharing arc 1 (x = 10), and a third country far away on arc 3. */
const TINY: Topology = {
  type: 'Topology',
  bbox: [0, 0, 30, 10],
  transform: { scale: [0.01, 0.01], translate: [0, 0] },
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { name: 'West' } },
        { type: 'Polygon', arcs: [[2, -2]], properties: { name: 'East' } },
        { type: 'Polygon', arcs: [[3]], properties: { name: 'Far' } },
      ],
    },
    land: { type: 'GeometryCollection', geometries: [] },
  },
  arcs: [
    // (10,0) → (0,0) → (0,10) → (10,10), with a collinear point at (0,5).
    [
      [1000, 0],
      [-1000, 0],
      [0, 500],
      [0, 500],
      [1000, 0],
    ],
    // (10,10) → (10,0): the shared border.
    [
      [1000, 1000],
      [0, -1000],
    ],
    // (10,10) → (20,10) → (20,0) → (10,0); East closes along the border reversed.
    [
      [1000, 1000],
      [1000, 0],
      [0, -1000],
      [-1000, 0],
    ],
    // A ring at x 25..26.
    [
      [2500, 0],
      [100, 0],
      [0, 100],
      [-100, -100],
    ],
  ],
};

describe('coarsenTopology', () => {
  it('keeps the one object, drops named geometries with the arcs only they use, and renumbers the rest', () => {
    const coarse = coarsenTopology(TINY, {
      object: 'countries',
      dropNames: new Set(['Far']),
      gridCells: 31,
      toleranceCells: 0.5,
    });
    expect(Object.keys(coarse.objects)).toEqual(['countries']);
    expect(coarse.arcs).toHaveLength(3);
    const countries = feature(coarse, coarse.objects['countries'] as GeometryCollection<{ name: string }>);
    expect(countries.features.map((f) => f.properties.name)).toEqual(['West', 'East']);
    // Grid of 1 unit: the squares come back exactly, the collinear middle point of West's arc is gone.
    expect(countries.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [10, 0],
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
        ],
      ],
    });
    expect(countries.features[1]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [10, 10],
          [20, 10],
          [20, 0],
          [10, 0],
          [10, 10],
        ],
      ],
    });
  });

  it('simplifies an arc but keeps both ends and every point farther than the tolerance', () => {
    const arc: [number, number][] = [
      [0, 0],
      [5, 0.4],
      [10, 0],
      [10, 3],
      [10, 10],
    ];
    expect(simplifyArc(arc, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    expect(simplifyArc(arc, 0.3)).toEqual([
      [0, 0],
      [5, 0.4],
      [10, 0],
      [10, 10],
    ]);
  });

  it('turns the shipped Natural Earth file into the same countries with positions within one grid cell', () => {
    const source = JSON.parse(
      readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'),
    ) as CountriesTopology;
    const cells = 20_000;
    const coarse = coarsenTopology(source, {
      object: 'countries',
      dropNames: new Set(['Antarctica']),
      gridCells: cells,
      toleranceCells: 1,
    }) as CountriesTopology;
    const before = topologyToBasemap(source);
    const after = topologyToBasemap(coarse);
    expect(after.land.features.map((f) => f.properties.name)).toEqual(
      before.land.features.map((f) => f.properties.name),
    );
    expect(JSON.stringify(coarse).length).toBeLessThan(0.65 * JSON.stringify(source).length);
    // Australia's bounding box moves by less than two grid cells.
    const cellDeg = 360 / (cells - 1);
    const australia = (b: typeof before): number[] => {
      const geometry = b.land.features.find((f) => f.properties.name === 'Australia')!.geometry;
      const flat = JSON.stringify(geometry)
        .match(/-?\d+(\.\d+)?/g)!
        .map(Number);
      const lons = flat.filter((_, i) => i % 2 === 0);
      const lats = flat.filter((_, i) => i % 2 === 1);
      return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    };
    const [a, b] = [australia(before), australia(after)];
    for (let i = 0; i < 4; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(2 * cellDeg);
  });
});
