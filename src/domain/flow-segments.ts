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

/** A leg's drawing: everything of a `FlowSegment` but what it carries. */
type LegGeometry = Omit<FlowSegment, 'people' | 'boats' | 'deaths' | 'events'>;

/**
 * The legs' geometry per table (keyed on its endpoints, computed once per table): the same path arrays on
 * every filter step, so the map can tell a change of values from a change of geometry (deck.gl then
 * keeps every position attribute) and the great-circle stand-ins are not recomputed per step.
 */
const legGeometryCache = new WeakMap<
  readonly RouteEndpoints[],
  { readonly table: EventTable; readonly legs: readonly LegGeometry[] }
>();

function legGeometryOf(table: EventTable, endpoints: readonly RouteEndpoints[]): readonly LegGeometry[] {
  const cached = legGeometryCache.get(endpoints);
  if (cached?.table === table) return cached.legs;
  const legs: LegGeometry[] = [];
  const west = lonFrameWest(table);
  const slots = routeColorSlots(table);
  table.routes.forEach((route, r) => {
    if (route.hasCorridor) {
      for (let s = 0; s + 1 < route.stages.length; s++) {
        const from = route.stages[s];
        const to = route.stages[s + 1];
        if (!from || !to) continue;
        legs.push({
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
        });
      }
      return;
    }
    const ends = endpoints[r];
    if (!ends?.start || !ends.end) return;
    legs.push({
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
    });
  });
  legGeometryCache.set(endpoints, { table, legs });
  return legs;
}

/**
 * Legs of every route, with flows from the current aggregates. Legs carrying nothing are kept (with
 * zero values) so that layer ids and data order stay stable while filters change; for one table and
 * endpoints, every call returns legs with the same `path` arrays.
 */
export function makeFlowSegments(
  table: EventTable,
  flows: readonly RouteFlow[],
  endpoints: readonly RouteEndpoints[],
): FlowSegment[] {
  return legGeometryOf(table, endpoints).map((leg) => {
    const flow = flows[leg.route];
    const s = leg.segment;
    return {
      ...leg,
      people: flow?.segmentPeople[s] ?? 0,
      boats: flow?.segmentBoats[s] ?? 0,
      deaths: flow?.segmentDeaths[s] ?? 0,
      events: flow?.segmentEvents[s] ?? 0,
    };
  });
}

/** True when two lists of legs draw the same lines (same paths, in the same order): only values differ. */
export function sameLegGeometry(a: readonly FlowSegment[], b: readonly FlowSegment[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.path !== b[i]?.path) return false;
  return true;
}
