// Where a route without a corridor starts and ends, from its events: the mean position of its departures
// and of interceptions short of the destination (start), and of its landings (end).
import type { EventTable } from './event-table';
import { OUTCOME_LANDED } from './vocabulary';

export interface RouteEndpoints {
  /** `[lon, lat]` degrees, or null when the route has no such events. */
  readonly start: readonly [lon: number, lat: number] | null;
  readonly end: readonly [lon: number, lat: number] | null;
}

/** One entry per route code. O(rows); call once per table. */
export function computeRouteEndpoints(table: EventTable): RouteEndpoints[] {
  const n = table.routes.length;
  const sums = new Float64Array(n * 6); // startLon, startLat, startCount, endLon, endLat, endCount
  for (let r = 0; r < table.length; r++) {
    const base = (table.route[r] ?? 0) * 6 + ((table.outcome[r] ?? 0) === OUTCOME_LANDED ? 3 : 0);
    sums[base] = (sums[base] ?? 0) + (table.lon[r] ?? 0);
    sums[base + 1] = (sums[base + 1] ?? 0) + (table.lat[r] ?? 0);
    sums[base + 2] = (sums[base + 2] ?? 0) + 1;
  }
  const mean = (offset: number): readonly [number, number] | null => {
    const count = sums[offset + 2] ?? 0;
    return count > 0 ? [(sums[offset] ?? 0) / count, (sums[offset + 1] ?? 0) / count] : null;
  };
  return Array.from({ length: n }, (_, route) => ({ start: mean(route * 6), end: mean(route * 6 + 3) }));
}
