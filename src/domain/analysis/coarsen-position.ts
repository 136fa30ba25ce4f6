// Coarsening event locations when small-count protection is on: every position is replaced by the centre
// of its grid cell, or by the nearest named place, so a map point no longer shows where a boat was.
// Degrees are WGS84 longitude/latitude; distances are great-circle kilometres on a 6371 km sphere.

export interface NamedPlace {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
}

export type CoarseningRule =
  | { readonly kind: 'grid'; readonly cellDeg: number }
  | {
      readonly kind: 'place';
      readonly places: readonly NamedPlace[];
      /** Farther than this from every place → the grid fallback (null = no limit). */
      readonly maxDistanceKm: number | null;
      readonly fallbackCellDeg: number;
    };

export interface CoarsePosition {
  readonly lon: number;
  readonly lat: number;
  /** The place snapped to, or null for a grid cell centre. */
  readonly placeName: string | null;
}

const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

function checkCell(cellDeg: number): void {
  if (!(cellDeg > 0 && cellDeg <= 90))
    throw new RangeError(`coarsening: cell size must be in (0, 90] degrees, got ${cellDeg}`);
}

/**
 * Centre of the grid cell holding the point; cells are aligned on −180° / −90°. Longitudes wrap into
 * [−180, 180); the last cell row is clipped at the poles.
 */
export function snapToGrid(lon: number, lat: number, cellDeg: number): [lon: number, lat: number] {
  checkCell(cellDeg);
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  const column = Math.floor((wrapped + 180) / cellDeg);
  const row = Math.floor((Math.min(Math.max(lat, -90), 90 - 1e-9) + 90) / cellDeg);
  const centreLon = -180 + (column + 0.5) * cellDeg;
  const south = -90 + row * cellDeg;
  const north = Math.min(90, south + cellDeg);
  return [centreLon >= 180 ? centreLon - 360 : centreLon, (south + north) / 2];
}

/** Great-circle distance (haversine), km. */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest place and its distance, or null without places. Ties go to the earlier place. */
export function nearestPlace(
  lon: number,
  lat: number,
  places: readonly NamedPlace[],
): { place: NamedPlace; distanceKm: number } | null {
  let best: { place: NamedPlace; distanceKm: number } | null = null;
  for (const place of places) {
    const d = distanceKm(lon, lat, place.lon, place.lat);
    if (best === null || d < best.distanceKm) best = { place, distanceKm: d };
  }
  return best;
}

/** Applies a coarsening rule to one position. */
export function coarsenPosition(lon: number, lat: number, rule: CoarseningRule): CoarsePosition {
  if (rule.kind === 'place') {
    const near = nearestPlace(lon, lat, rule.places);
    if (near !== null && (rule.maxDistanceKm === null || near.distanceKm <= rule.maxDistanceKm)) {
      return { lon: near.place.lon, lat: near.place.lat, placeName: near.place.name };
    }
    const [gLon, gLat] = snapToGrid(lon, lat, rule.fallbackCellDeg);
    return { lon: gLon, lat: gLat, placeName: null };
  }
  const [gLon, gLat] = snapToGrid(lon, lat, rule.cellDeg);
  return { lon: gLon, lat: gLat, placeName: null };
}
