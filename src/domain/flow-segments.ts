// Flow legs ready to draw: each leg of each route with its path and what it carries in every measure.
// Routes with a corridor follow it stage by stage; routes without one get a great-circle arc.
import { greatCircle } from '@turf/great-circle';
import type { RouteFlow } from './aggregates';
import type { EventTable } from './event-table';
import type { RouteEndpoints } from './route-endpoints';
import { OTHER_ROUTE_SLOT, routeColorSlots } from './route-groups';
import { framePath, lonFrameWest, unwrapPath } from './unwrap-longitudes';
import type { TravelMode } from './vocabulary';

export type LonLat = readonly [lon: number, lat: number];

export interface FlowSegment {
  /** Stable id: `${routeId}#${segmentIndex}`. */
  readonly id: string;
  readonly route: number;
  /** Colour slot of the route (route-groups.ts): -1 when grouped into "Other routes". */
  readonly colorSlot: number;
  readonly routeId: string;
  readonly routeName: string;
  readonly segment: number;
  readonly fromName: string;
  readonly toName: string;
  readonly mode: TravelMode | 'unknown';
  /** True when the route has no corridor and the leg is a great-circle stand-in. */
  readonly fallback: boolean;
  readonly path: readonly LonLat[];
  readonly people: number;
  readonly boats: number;
  /** Dead and missing (recorded values only) and records on the leg. */
  readonly deaths: number;
  readonly events: number;
}

/**
 * Great-circle points from a to b. Turf splits an arc that crosses the antimeridian into two lines; they
 * are joined and unwrapped, so the arc is one continuous line the short way round.
 */
export function greatCirclePath(a: LonLat, b: LonLat, points = 32): LonLat[] {
  if (a[0] === b[0] && a[1] === b[1]) return [a, b];
  const line = greatCircle([a[0], a[1]], [b[0], b[1]], { npoints: points });
  const coords =
    line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
  // Where the split lines meet, the same point appears at +180 and −180: one of them goes.
  const joined = unwrapPath(coords.map((p) => [p[0] ?? 0, p[1] ?? 0] as const)).filter(
    (p, i, all) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1],
  );
  return unwrapPath([a, ...joined.slice(1)]);
}

/**
 * Legs of every route, with flows from the current aggregates. Legs carrying nothing are kept (with
 * zero values) so that layer ids and data order stay stable while filters change.
 */
export function makeFlowSegments(
  table: EventTable,
  flows: readonly RouteFlow[],
  endpoints: readonly RouteEndpoints[],
): FlowSegment[] {
  const segments: FlowSegment[] = [];
  const west = lonFrameWest(table);
  const slots = routeColorSlots(table);
  table.routes.forEach((route, r) => {
    const flow = flows[r];
    if (route.hasCorridor) {
      for (let s = 0; s + 1 < route.stages.length; s++) {
        const from = route.stages[s];
        const to = route.stages[s + 1];
        if (!from || !to) continue;
        segments.push({
          id: `${route.id}#${s}`,
          route: r,
          colorSlot: slots[r] ?? OTHER_ROUTE_SLOT,
          routeId: route.id,
          routeName: route.name,
          segment: s,
          fromName: from.name,
          toName: to.name,
          mode: from.mode ?? 'unknown',
          fallback: false,
          path: framePath(route.path.slice(from.vertex, to.vertex + 1), west),
          people: flow?.segmentPeople[s] ?? 0,
          boats: flow?.segmentBoats[s] ?? 0,
          deaths: flow?.segmentDeaths[s] ?? 0,
          events: flow?.segmentEvents[s] ?? 0,
        });
      }
      return;
    }
    const ends = endpoints[r];
    if (!ends?.start || !ends.end) return;
    segments.push({
      id: `${route.id}#0`,
      route: r,
      colorSlot: slots[r] ?? OTHER_ROUTE_SLOT,
      routeId: route.id,
      routeName: route.name,
      segment: 0,
      fromName: '',
      toName: '',
      mode: 'unknown',
      fallback: true,
      path: framePath(greatCirclePath(ends.start, ends.end), west),
      people: flow?.segmentPeople[0] ?? 0,
      boats: flow?.segmentBoats[0] ?? 0,
      deaths: flow?.segmentDeaths[0] ?? 0,
      events: flow?.segmentEvents[0] ?? 0,
    });
  });
  return segments;
}
