// Vite plugin: the basemap the app ships is a slimmed copy of world-atlas' Natural Earth 1:50m countries,
// made when the app is built or served (scripts/basemap/coarsen-topology.ts). `src/map/natural-earth.ts`
// imports `world-atlas/countries-50m.json?url`; this plugin points that one import at the slimmed file,
// which Vite then emits like any other asset (hashed in dist/, a data: URL in the single-file build).
// About 229 → 121 kB gzip: the largest part of what a first visit downloads before the map.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { coarsenTopology } from './basemap/coarsen-topology.ts';

const IMPORT_ID = 'world-atlas/countries-50m.json?url';

/** 20,000 cells across the world's width (about 2 km) and a 1-cell simplification tolerance: no visible
 *  change at the zoom levels the dashboard opens at, where one pixel spans several kilometres. */
export const BASEMAP_GRID_CELLS = 20_000;
export const BASEMAP_TOLERANCE_CELLS = 1;

/** Writes the slimmed topology under `cacheDir` and returns its path. */
export function writeCoarseBasemap(cacheDir: string): string {
  const require = createRequire(import.meta.url);
  const source = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  const coarse = coarsenTopology(source, {
    object: 'countries',
    dropNames: new Set(['Antarctica']),
    gridCells: BASEMAP_GRID_CELLS,
    toleranceCells: BASEMAP_TOLERANCE_CELLS,
  });
  const path = join(cacheDir, 'countries-50m-coarse.json');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(coarse));
  return path;
}

export function coarseBasemap(): Plugin {
  let path: string | null = null;
  let cacheDir = '';
  return {
    name: 'lintas-coarse-basemap',
    enforce: 'pre',
    configResolved(config) {
      cacheDir = join(config.cacheDir, 'lintas-basemap');
    },
    resolveId(id) {
      if (id !== IMPORT_ID) return null;
      path ??= writeCoarseBasemap(cacheDir);
      return `${path}?url`;
    },
  };
}
