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
export function shortestLonSpan(longitudes: ArrayLike<number>): [west: number, east: number] | null {
  const folded = new Float64Array(longitudes.length);
  let n = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < longitudes.length; i++) {
    const l = longitudes[i] ?? NaN;
    if (!Number.isFinite(l)) continue;
    // Only longitudes outside −180…180 are folded back (folding every value would add rounding error).
    const f = l >= -180 && l <= 180 ? l : ((((l + 180) % 360) + 360) % 360) - 180;
    folded[n++] = f;
    if (f < first) first = f;
    if (f > last) last = f;
  }
  if (n === 0) return null;
  // The gap across the antimeridian, from the last longitude round to the first; an inner gap replaces
  // it only when strictly larger, the first such gap from the west on ties.
  let gap = first + 360 - last;
  let west = first;
  let east = last;
  if (last === first) return [west, east];
  // The largest gap without sorting (the pigeonhole "maximum gap"): n buckets of width (last − first) / n
  // are narrower than the largest gap between n sorted values, at least (last − first) / (n − 1), so it
  // lies between the highest value of one non-empty bucket and the lowest of the next (a sort of 100k
  // longitudes took 13–28 ms, this 1–2 ms).
  const buckets = n;
  const range = last - first;
  const low = new Float64Array(buckets).fill(Infinity);
  const high = new Float64Array(buckets).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const v = folded[i] ?? 0;
    // A fraction of the range first (a scale of n / range overflows for a range near zero).
    const b = Math.min(buckets - 1, Math.floor(((v - first) / range) * buckets));
    if (v < (low[b] ?? Infinity)) low[b] = v;
    if (v > (high[b] ?? -Infinity)) high[b] = v;
  }
  let previousHigh = high[0] ?? first;
  for (let b = 1; b < buckets; b++) {
    const lowest = low[b] ?? Infinity;
    if (lowest === Infinity) continue;
    if (lowest - previousHigh > gap) {
      gap = lowest - previousHigh;
      west = lowest;
      east = previousHigh + 360;
    }
    previousHigh = high[b] ?? lowest;
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
  const pathPoints = table.routes.reduce((sum, route) => sum + route.path.length, 0);
  const lons = new Float64Array(table.length + pathPoints);
  for (let r = 0; r < table.length; r++) lons[r] = table.lon[r] ?? 0;
  let i = table.length;
  for (const route of table.routes) for (const [lon] of route.path) lons[i++] = lon;
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
