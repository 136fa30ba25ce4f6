// The MapLibre style: sea as background, land, borders and coastlines from the offline basemap. No glyphs
// or sprites (they would need downloads); labels are drawn by deck.gl.
import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './natural-earth';

export const BASEMAP_COLORS = {
  sea: '#dfe9f0',
  land: '#f7f5ef',
  border: '#b9b3a5',
  coast: '#9fb3c2',
} as const;

export function makeBasemapStyle(basemap: Basemap | null): StyleSpecification {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: basemap?.land ?? empty, attribution: 'Natural Earth (public domain)' },
      borders: { type: 'geojson', data: basemap?.borders ?? empty },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: 'coast',
        type: 'line',
        source: 'land',
        paint: { 'line-color': BASEMAP_COLORS.coast, 'line-width': 0.6 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
    ],
  };
}

/** Default camera: Afghanistan in the north-west to Australia's north-west coast in the south-east. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [57, -24],
  [136, 39],
];
