// Build-time slimming of the Natural Earth countries topology (world-atlas TopoJSON): keep only the
// objects the basemap draws, drop the countries it never shows and the arcs only they used, and
// re-quantize the arcs on a coarser grid (points that fall on the same grid cell are merged). The result
// is still TopoJSON, so the browser converts it exactly as before (src/map/natural-earth.ts).
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface CoarsenOptions {
  /** The one object kept (the others are never drawn). */
  readonly object: string;
  /** Geometries dropped by their `name` property. */
  readonly dropNames: ReadonlySet<string>;
  /** Grid cells along each axis of the bounding box (world-atlas ships 100,000). */
  readonly gridCells: number;
  /** Douglas–Peucker tolerance in grid cells: a point nearer than this to the simplified line goes. */
  readonly toleranceCells: number;
}

type Arc = [number, number][];

/** Absolute positions (longitude, latitude) of every arc of a quantized, delta-encoded topology. */
function decodeArcs(topology: Topology): [number, number][][] {
  const transform = topology.transform;
  if (!transform) throw new Error('expected a quantized topology');
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((position) => {
      x += position[0] ?? 0;
      y += position[1] ?? 0;
      return [x * kx + dx, y * ky + dy] as [number, number];
    });
  });
}

/** Calls `visit` with every arc index a geometry refers to (negative indices are reversed arcs). */
function forEachArcIndex(geometry: GeometryObject, visit: (index: number) => number): void {
  const g = geometry as { type: string; arcs?: unknown };
  const remap = (value: unknown): unknown =>
    typeof value === 'number' ? visit(value) : Array.isArray(value) ? value.map(remap) : value;
  if (g.type === 'GeometryCollection') {
    for (const child of (geometry as GeometryCollection).geometries) forEachArcIndex(child, visit);
  } else if (g.arcs !== undefined) {
    g.arcs = remap(g.arcs);
  }
}

/** Squared distance from p to the segment a–b (to a itself when the segment has no length). */
function segmentDistanceSquared(p: [number, number], a: [number, number], b: [number, number]): number {
  const vx = b[0] - a[0];
  const vy = b[1] - a[1];
  const length2 = vx * vx + vy * vy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / length2));
  const ex = a[0] + t * vx - p[0];
  const ey = a[1] + t * vy - p[1];
  return ex * ex + ey * ey;
}

/** Douglas–Peucker on one arc in grid units; both ends stay, so arcs shared by two countries still meet. */
export function simplifyArc(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = limit;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSquared(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function nameOf(geometry: { readonly properties?: unknown }): string {
  const p = geometry.properties;
  return typeof p === 'object' && p !== null && 'name' in p ? String(p.name) : '';
}

export function coarsenTopology(topology: Topology, options: CoarsenOptions): Topology {
  const source = topology.objects[options.object] as GeometryCollection | undefined;
  if (!source) throw new Error(`no object ${options.object}`);
  const geometries = source.geometries
    .filter((g) => !options.dropNames.has(nameOf(g)))
    .map((g) => structuredClone(g));
  // Renumber the arcs the kept geometries use, in order of first use.
  const oldToNew = new Map<number, number>();
  const kept: number[] = [];
  const collection: GeometryCollection = { ...source, geometries };
  forEachArcIndex(collection, (index) => {
    const old = index < 0 ? ~index : index;
    let next = oldToNew.get(old);
    if (next === undefined) {
      next = kept.length;
      kept.push(old);
      oldToNew.set(old, next);
    }
    return index < 0 ? ~next : next;
  });
  const absolute = decodeArcs(topology);
  const [x0, y0, x1, y1] = topology.bbox ?? [-180, -90, 180, 90];
  const kx = (x1 - x0) / (options.gridCells - 1);
  const ky = (y1 - y0) / (options.gridCells - 1);
  const arcs = kept.map((old): Arc => {
    const cells: [number, number][] = [];
    for (const [lon, lat] of absolute[old] ?? []) {
      const x = Math.round((lon - x0) / kx);
      const y = Math.round((lat - y0) / ky);
      const last = cells[cells.length - 1];
      // The first point always; later points only when they move to another cell.
      if (!last || x !== last[0] || y !== last[1]) cells.push([x, y]);
    }
    const out: Arc = [];
    let px = 0;
    let py = 0;
    for (const [x, y] of simplifyArc(cells, options.toleranceCells)) {
      out.push([x - px, y - py]);
      px = x;
      py = y;
    }
    // An arc keeps two points even when it shrinks to one cell: its geometries still reference it.
    if (out.length === 1) out.push([0, 0]);
    return out;
  });
  return {
    type: 'Topology',
    bbox: [x0, y0, x1, y1],
    transform: { scale: [kx, ky], translate: [x0, y0] },
    objects: { [options.object]: collection },
    arcs,
  };
}
