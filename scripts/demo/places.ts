// Named places of the demo, with the approximate coordinates of the research notes (data-facts §7b; no gazetteer).
// `jitterDeg` is the largest random offset (degrees) an event at the place may get; ≤ 0.05 everywhere.

import type { LonLat } from './demo-types';

export interface Place {
  readonly lat: number;
  readonly lon: number;
  readonly jitterDeg: number;
}

/** Keyed by the exact name in the §7b table (events' `site` and routes' stage names use these strings). */
export const PLACES = {
  Kabul: { lat: 34.53, lon: 69.17, jitterDeg: 0.02 },
  Quetta: { lat: 30.18, lon: 67.0, jitterDeg: 0.02 },
  Tehran: { lat: 35.69, lon: 51.39, jitterDeg: 0.02 },
  Colombo: { lat: 6.93, lon: 79.85, jitterDeg: 0.02 },
  Negombo: { lat: 7.21, lon: 79.84, jitterDeg: 0.02 },
  Batticaloa: { lat: 7.72, lon: 81.7, jitterDeg: 0.02 },
  'Kuala Lumpur (KLIA)': { lat: 2.74, lon: 101.71, jitterDeg: 0.02 },
  'Malacca Strait crossing (mid-strait)': { lat: 2.5, lon: 101.2, jitterDeg: 0.05 },
  Medan: { lat: 3.59, lon: 98.67, jitterDeg: 0.02 },
  Batam: { lat: 1.13, lon: 104.05, jitterDeg: 0.02 },
  'Bintan (Tanjung Pinang)': { lat: 0.92, lon: 104.45, jitterDeg: 0.02 },
  'Bandar Lampung': { lat: -5.43, lon: 105.26, jitterDeg: 0.02 },
  'Merak / Indah Kiat port': { lat: -5.93, lon: 106.0, jitterDeg: 0.01 },
  Jakarta: { lat: -6.2, lon: 106.85, jitterDeg: 0.03 },
  'Cisarua (Puncak Bogor)': { lat: -6.69, lon: 106.94, jitterDeg: 0.02 },
  'Sawarna beach (Banten)': { lat: -6.98, lon: 106.3, jitterDeg: 0.02 },
  'Pelabuhan Ratu (Sukabumi)': { lat: -6.99, lon: 106.55, jitterDeg: 0.02 },
  'Ujung Genteng (Sukabumi)': { lat: -7.37, lon: 106.4, jitterDeg: 0.02 },
  'Agrabinta (Cianjur)': { lat: -7.35, lon: 106.9, jitterDeg: 0.02 },
  'Cidaun / Jayanti beach (Cianjur)': { lat: -7.47, lon: 107.37, jitterDeg: 0.02 },
  Pangandaran: { lat: -7.69, lon: 108.65, jitterDeg: 0.02 },
  Cilacap: { lat: -7.73, lon: 109.01, jitterDeg: 0.02 },
  Nusakambangan: { lat: -7.75, lon: 108.9, jitterDeg: 0.02 },
  'Prigi (Trenggalek)': { lat: -8.29, lon: 111.73, jitterDeg: 0.02 },
  Surabaya: { lat: -7.25, lon: 112.75, jitterDeg: 0.03 },
  'Denpasar (Bali)': { lat: -8.65, lon: 115.22, jitterDeg: 0.02 },
  'Mataram (Lombok)': { lat: -8.58, lon: 116.12, jitterDeg: 0.02 },
  'Sumbawa (south coast)': { lat: -8.95, lon: 117.4, jitterDeg: 0.03 },
  'Waingapu (Sumba)': { lat: -9.66, lon: 120.26, jitterDeg: 0.02 },
  'Maumere (Flores)': { lat: -8.62, lon: 122.21, jitterDeg: 0.02 },
  'Kupang (West Timor)': { lat: -10.18, lon: 123.61, jitterDeg: 0.02 },
  'Papela (Rote)': { lat: -10.6, lon: 123.4, jitterDeg: 0.02 },
  'Oelaba (Rote)': { lat: -10.62, lon: 122.87, jitterDeg: 0.02 },
  'Christmas Island (Flying Fish Cove)': { lat: -10.42, lon: 105.68, jitterDeg: 0.03 },
  'Rocky Point (Christmas Is.)': { lat: -10.42, lon: 105.67, jitterDeg: 0 },
  'Cocos (Keeling) Is. (West Island)': { lat: -12.19, lon: 96.83, jitterDeg: 0.03 },
  'Ashmore Reef': { lat: -12.25, lon: 123.0, jitterDeg: 0.04 },
  Darwin: { lat: -12.46, lon: 130.84, jitterDeg: 0.02 },
  'Boigu Island (Torres Strait)': { lat: -9.23, lon: 142.22, jitterDeg: 0.01 },
} as const satisfies Record<string, Place>;

export type PlaceName = keyof typeof PLACES;

export function placeLonLat(name: PlaceName): LonLat {
  const p: Place = PLACES[name];
  return [p.lon, p.lat];
}
