// The place and country labels of the map and their ranks. Which labels show is decided on the CPU by
// declutterLabels (higher rank wins); place-label-layer.ts draws them.
import type { MessageKey } from '@/i18n/messages-en';

export interface PlaceLabel {
  readonly key: MessageKey;
  readonly lon: number;
  readonly lat: number;
  /** Higher shows first when labels collide. */
  readonly rank: number;
  readonly kind: 'country' | 'place';
}

/** Key places of the route (coordinates from shared data-facts §7b, approximate) and the countries on it. */
export const PLACE_LABELS: readonly PlaceLabel[] = [
  { key: 'place.afghanistan', lon: 66, lat: 34.2, rank: 3, kind: 'country' },
  { key: 'place.pakistan', lon: 69.5, lat: 28.5, rank: 2, kind: 'country' },
  { key: 'place.iran', lon: 54, lat: 32.5, rank: 2, kind: 'country' },
  { key: 'place.iraq', lon: 43.5, lat: 33, rank: 1, kind: 'country' },
  { key: 'place.india', lon: 78.5, lat: 21, rank: 1, kind: 'country' },
  { key: 'place.sriLanka', lon: 80.7, lat: 7.8, rank: 2, kind: 'country' },
  { key: 'place.myanmar', lon: 96, lat: 21, rank: 1, kind: 'country' },
  { key: 'place.thailand', lon: 101, lat: 15.5, rank: 1, kind: 'country' },
  { key: 'place.malaysia', lon: 102, lat: 4.2, rank: 2, kind: 'country' },
  { key: 'place.indonesia', lon: 113, lat: -1.5, rank: 3, kind: 'country' },
  { key: 'place.australia', lon: 133, lat: -24, rank: 3, kind: 'country' },
  { key: 'place.timorLeste', lon: 125.8, lat: -8.8, rank: 1, kind: 'country' },
  { key: 'place.kabul', lon: 69.17, lat: 34.53, rank: 4, kind: 'place' },
  { key: 'place.quetta', lon: 67.0, lat: 30.18, rank: 2, kind: 'place' },
  { key: 'place.tehran', lon: 51.39, lat: 35.69, rank: 3, kind: 'place' },
  { key: 'place.colombo', lon: 79.85, lat: 6.93, rank: 3, kind: 'place' },
  { key: 'place.kualaLumpur', lon: 101.71, lat: 2.74, rank: 4, kind: 'place' },
  { key: 'place.medan', lon: 98.67, lat: 3.59, rank: 2, kind: 'place' },
  { key: 'place.jakarta', lon: 106.85, lat: -6.2, rank: 5, kind: 'place' },
  { key: 'place.denpasar', lon: 115.22, lat: -8.65, rank: 2, kind: 'place' },
  { key: 'place.kupang', lon: 123.61, lat: -10.18, rank: 4, kind: 'place' },
  { key: 'place.christmasIsland', lon: 105.68, lat: -10.42, rank: 6, kind: 'place' },
  { key: 'place.ashmoreReef', lon: 123.0, lat: -12.25, rank: 6, kind: 'place' },
  { key: 'place.cocosIslands', lon: 96.83, lat: -12.19, rank: 6, kind: 'place' },
  { key: 'place.darwin', lon: 130.84, lat: -12.46, rank: 4, kind: 'place' },
];

export interface ResolvedLabel extends PlaceLabel {
  readonly text: string;
}

/** Every character the labels use, so the glyph atlas covers both languages. */
export function labelCharacterSet(labels: readonly ResolvedLabel[]): string[] {
  return [...new Set(labels.flatMap((l) => [...l.text, ...l.text.toUpperCase()]))];
}

/** Font size of a label in pixels. */
export function labelSizePx(label: PlaceLabel): number {
  return label.kind === 'country' ? 12 : 13;
}
