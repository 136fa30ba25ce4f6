// Paths and extents across the antimeridian. A path from Tonga (−175°) to Auckland (175°) must go the
// short way, 10° west, not 350° east: longitudes are unwrapped so that consecutive points never differ by
// more than 180° (values outside −180…180 are fine for deck.gl and MapLibre, which draw world copies).
/** [lon, lat] in degrees (as flow-segments.ts's LonLat; not imported, so the two stay free of a cycle). */
type LonLat = readonly [lon: number, lat: number];

/** The path with each longitude shifted by whole turns to be within 180° of the one before. */
export function unwrapPath(path: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  let previous: number | null = null;
  for (const [lon, lat] of path) {
    let unwrapped = lon;
    if (previous !== null) {
      while (unwrapped - previous > 180) unwrapped -= 360;
      while (unwrapped - previous < -180) unwrapped += 360;
    }
    out.push([unwrapped, lat]);
    previous = unwrapped;
  }
  return out;
}

/**
 * The narrowest [west, east] interval (degrees, east may exceed 180) that holds every longitude: the
 * complement of the largest gap between them around the circle. Null for no longitudes.
 */
export function shortestLonSpan(longitudes: Iterable<number>): [west: number, east: number] | null {
  const folded: number[] = [];
  for (const l of longitudes)
    // Only longitudes outside −180…180 are folded back (folding every value would add rounding error).
    if (Number.isFinite(l)) folded.push(l >= -180 && l <= 180 ? l : ((((l + 180) % 360) + 360) % 360) - 180);
  // A typed array sorts numbers natively: a comparator sort of 100k longitudes took ~70 ms at load.
  const sorted = Float64Array.from(folded).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return null;
  // The gap across the antimeridian, from the last longitude round to the first.
  let gap = first + 360 - last;
  let west = first;
  let east = last;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] ?? 0;
    const b = sorted[i] ?? 0;
    if (b - a > gap) {
      gap = b - a;
      west = b;
      east = a + 360;
    }
  }
  return [west, east];
}

/**
 * The longitude frame a dataset is drawn in: the west edge of its narrowest extent. Data on both sides of
 * the antimeridian get a frame that starts west of it (e.g. 174.8° for New Zealand and Tonga), and every
 * longitude is drawn within [west, west + 360). Memoized per table.
 */
const frames = new WeakMap<object, number>();
export function lonFrameWest(table: {
  readonly length: number;
  readonly lon: ArrayLike<number>;
  readonly routes: readonly { readonly path: readonly LonLat[] }[];
}): number {
  const known = frames.get(table);
  if (known !== undefined) return known;
  const lons: number[] = [];
  for (let r = 0; r < table.length; r++) lons.push(table.lon[r] ?? 0);
  for (const route of table.routes) for (const [lon] of route.path) lons.push(lon);
  const span = shortestLonSpan(lons);
  // Only a span that crosses 180° needs a frame of its own; otherwise longitudes stay as they are.
  const west = span && span[1] > 180 ? span[0] : -180;
  frames.set(table, west);
  return west;
}

/** `lon` moved by whole turns into [west, west + 360). */
export function toLonFrame(lon: number, west: number): number {
  if (west === -180) return lon;
  let framed = lon;
  while (framed < west) framed += 360;
  while (framed >= west + 360) framed -= 360;
  return framed;
}

/** A path unwrapped and moved so it starts inside the frame. */
export function framePath(path: readonly LonLat[], west: number): LonLat[] {
  const unwrapped = unwrapPath(path);
  const first = unwrapped[0];
  if (!first) return unwrapped;
  const shift = toLonFrame(first[0], west) - first[0];
  return shift === 0 ? unwrapped : unwrapped.map(([lon, lat]) => [lon + shift, lat] as const);
}
