// Corridors derived from the events when no routes file defines a route (docs/data-format.md, "Derived
// corridors"): from the mean position of the route's departures through its interception sites, ordered
// by distance from that start. Marked `derived` so views can say the line is not a drawn corridor.
import type { CodeColumn, RouteInfo, RouteStage, SiteInfo } from './event-table';
import { NO_REACH } from './vocabulary';

/** Interception sites kept as stages per derived corridor (the most recorded ones). */
export const MAX_DERIVED_SITES = 12;
const KIND_DEPARTURE = 0;
/** Sites closer than this to the start (radians, about 6 km) are the start itself, not a new stage. */
const SAME_PLACE_RAD = 0.001;

export interface DerivedCorridor {
  readonly route: RouteInfo;
  /** Stage reached by an interception at each site code of this route (NO_REACH for none). */
  readonly stageOfSite: ReadonlyMap<number, number>;
}

export interface CorridorInput {
  readonly length: number;
  readonly route: CodeColumn;
  readonly site: CodeColumn;
  readonly kind: Uint8Array;
  readonly lon: Float32Array;
  readonly lat: Float32Array;
  readonly sites: readonly SiteInfo[];
}

/** Great-circle distance in radians between two [lon, lat] points in degrees (haversine). */
function angularDistance(aLon: number, aLat: number, bLon: number, bLat: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface RouteTally {
  depLon: number;
  depLat: number;
  depCount: number;
  /** Departure records per site code, to name the start. */
  readonly depSites: Map<number, number>;
  /** Interception records per site code. */
  readonly sites: Map<number, number>;
}

/** Most (route, site, kind) cells counted in one flat array (16 MB). */
const MAX_DENSE_CELLS = 1 << 22;

function mostRecorded(counts: ReadonlyMap<number, number>): number[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([site]) => site);
}

/**
 * One derived corridor per route code whose id `names` gives (the display name). Rule: the start is the
 * mean position of the route's departures (named after its most recorded departure site); without
 * departures it is the kept interception site farthest from the kept sites' mean. The stages that follow
 * are the route's MAX_DERIVED_SITES most recorded interception sites, nearest to the start first. An
 * interception reaches the stage of its site; at a site not kept, the farthest stage no farther from the
 * start than its site. A route whose events are all at one place gets no corridor (hasCorridor false).
 */
export function deriveCorridors(
  input: CorridorInput,
  routeIds: readonly string[],
  names: readonly string[],
): DerivedCorridor[] {
  const tallies: RouteTally[] = routeIds.map(() => ({
    depLon: 0,
    depLat: 0,
    depCount: 0,
    depSites: new Map(),
    sites: new Map(),
  }));
  const siteCount = input.sites.length;
  // Records per (route, site, departure or not): a flat count while the cells are few (a Map update per
  // row cost more than the rest of the derivation at 1M rows), else per-route Maps.
  const cellCount = routeIds.length * siteCount * 2;
  const dense = cellCount <= MAX_DENSE_CELLS ? new Uint32Array(cellCount) : null;
  for (let r = 0; r < input.length; r++) {
    const code = input.route[r] ?? 0;
    const tally = tallies[code];
    if (tally === undefined) continue;
    const site = input.site[r] ?? 0;
    const departure = (input.kind[r] ?? 0) === KIND_DEPARTURE;
    if (departure) {
      tally.depLon += input.lon[r] ?? 0;
      tally.depLat += input.lat[r] ?? 0;
      tally.depCount++;
    }
    if (dense !== null) {
      const cell = (code * siteCount + site) * 2 + (departure ? 1 : 0);
      dense[cell] = (dense[cell] ?? 0) + 1;
    } else {
      const counts = departure ? tally.depSites : tally.sites;
      counts.set(site, (counts.get(site) ?? 0) + 1);
    }
  }
  if (dense !== null)
    tallies.forEach((tally, code) => {
      for (let site = 0; site < siteCount; site++) {
        const cell = (code * siteCount + site) * 2;
        if ((dense[cell] ?? 0) > 0) tally.sites.set(site, dense[cell] ?? 0);
        if ((dense[cell + 1] ?? 0) > 0) tally.depSites.set(site, dense[cell + 1] ?? 0);
      }
    });
  return tallies.map((tally, code) =>
    deriveOne(tally, routeIds[code] ?? '', names[code] ?? routeIds[code] ?? '', input.sites),
  );
}

function deriveOne(tally: RouteTally, id: string, name: string, sites: readonly SiteInfo[]): DerivedCorridor {
  const kept = mostRecorded(tally.sites).slice(0, MAX_DERIVED_SITES);
  const at = (site: number): readonly [number, number] => [sites[site]?.lon ?? 0, sites[site]?.lat ?? 0];
  let start: readonly [number, number];
  let startName: string;
  let rest = kept;
  if (tally.depCount > 0) {
    start = [tally.depLon / tally.depCount, tally.depLat / tally.depCount];
    startName = sites[mostRecorded(tally.depSites)[0] ?? 0]?.name ?? '';
  } else {
    const meanLon = kept.reduce((sum, s) => sum + at(s)[0], 0) / Math.max(1, kept.length);
    const meanLat = kept.reduce((sum, s) => sum + at(s)[1], 0) / Math.max(1, kept.length);
    let far = kept[0] ?? 0;
    let farDistance = -1;
    for (const s of kept) {
      const d = angularDistance(meanLon, meanLat, ...at(s));
      if (d > farDistance) [far, farDistance] = [s, d];
    }
    start = at(far);
    startName = sites[far]?.name ?? '';
    rest = kept.filter((s) => s !== far);
  }
  const distanceOf = (site: number): number => angularDistance(start[0], start[1], ...at(site));
  const stageOfSite = new Map<number, number>();
  const ordered = rest
    .filter((site) => {
      const atStart = distanceOf(site) < SAME_PLACE_RAD;
      if (atStart) stageOfSite.set(site, 0);
      return !atStart;
    })
    .sort((a, b) => distanceOf(a) - distanceOf(b) || a - b);
  if (ordered.length === 0) {
    stageOfSite.clear();
    return { route: { id, name, hasCorridor: false, derived: false, stages: [], path: [] }, stageOfSite };
  }
  const path = [start, ...ordered.map(at)];
  const stages: RouteStage[] = [
    { name: startName, role: 'embarkation', vertex: 0, mode: undefined },
    ...ordered.map((site, k): RouteStage => ({
      name: sites[site]?.name ?? '',
      role: k === ordered.length - 1 ? 'destination' : 'transit',
      vertex: k + 1,
      mode: undefined,
    })),
  ];
  if (tally.depCount === 0) stageOfSite.set(kept.find((s) => !rest.includes(s)) ?? -1, 0);
  ordered.forEach((site, k) => stageOfSite.set(site, k + 1));
  const stageDistance = ordered.map(distanceOf);
  for (const site of tally.sites.keys()) {
    if (stageOfSite.has(site)) continue;
    const d = distanceOf(site);
    let stage = 0;
    while (stage < stageDistance.length && (stageDistance[stage] ?? Infinity) <= d) stage++;
    stageOfSite.set(site, stage);
  }
  return { route: { id, name, hasCorridor: true, derived: true, stages, path }, stageOfSite };
}

/** Stage reached by a row of a derived corridor: its site's stage, or NO_REACH for departures. */
export function derivedReach(corridor: DerivedCorridor, kind: number, site: number): number {
  if (kind === KIND_DEPARTURE) return NO_REACH;
  return corridor.stageOfSite.get(site) ?? 0;
}
