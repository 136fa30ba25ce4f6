// Converging corridors kept apart: legs of different routes that run together (the same pair of stages, or
// the same stage with nearly the same heading) are drawn side by side instead of on top of each other.
// Offsets are in screen pixels, perpendicular to the leg, positive to the right of its direction of travel
// (deck.gl's PathStyleExtension convention); a group of legs is centred on the shared line. No deck.gl here.
import type { FlowSegment, LonLat } from '@/domain/flow-segments';

/** Stages nearer than this (degrees) count as the same place. */
const SAME_PLACE_DEG = 0.75;
/** Legs leaving or reaching a shared stage within this heading (degrees) of each other run together. */
const SAME_HEADING_DEG = 8;
/** Pixels left between two legs drawn side by side. */
const GAP_PX = 1;

const near = (a: LonLat, b: LonLat): boolean =>
  Math.abs(a[0] - b[0]) < SAME_PLACE_DEG && Math.abs(a[1] - b[1]) < SAME_PLACE_DEG;

/** Heading in degrees of the line from a to b (planar lon/lat). */
const headingDeg = (a: LonLat, b: LonLat): number => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;

const headingGapDeg = (a: number, b: number): number => {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
};

interface Leg {
  readonly index: number;
  readonly from: LonLat;
  readonly to: LonLat;
}

/** +1 when the two legs run together in the same direction, -1 in opposite directions, 0 apart. */
function runTogether(a: Leg, b: Leg): 1 | -1 | 0 {
  const heading = headingDeg(a.from, a.to);
  for (const [from, to, sign] of [
    [b.from, b.to, 1],
    [b.to, b.from, -1],
  ] as const) {
    if (near(a.from, from) && near(a.to, to)) return sign;
    const close = headingGapDeg(heading, headingDeg(from, to)) < SAME_HEADING_DEG;
    if (close && (near(a.from, from) || near(a.to, to))) return sign;
  }
  return 0;
}

/**
 * Pixel offset of every leg (by index in `segments`), 0 for legs that run alone or carry nothing.
 * `widthPx` is each leg's drawn width, so the legs of a group touch without overlapping.
 */
export function makeCorridorOffsets(
  segments: readonly FlowSegment[],
  widthPx: (segment: FlowSegment) => number,
): Float32Array {
  const offsets = new Float32Array(segments.length);
  const legs: Leg[] = [];
  segments.forEach((s, index) => {
    const from = s.path[0];
    const to = s.path[s.path.length - 1];
    if (from && to && widthPx(s) > 0) legs.push({ index, from, to });
  });
  // Groups by union-find over "run together"; each leg's direction relative to its group's first leg.
  const parent = legs.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < legs.length; i++)
    for (let j = i + 1; j < legs.length; j++)
      if (runTogether(legs[i]!, legs[j]!) !== 0) parent[root(j)] = root(i);
  const groups = new Map<number, Leg[]>();
  legs.forEach((leg, i) => {
    const members = groups.get(root(i)) ?? [];
    members.push(leg);
    groups.set(root(i), members);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const first = members[0]!;
    // Route order left to right, so a route keeps its side along the whole corridor.
    const ordered = [...members].sort((a, b) => segments[a.index]!.route - segments[b.index]!.route);
    const widths = ordered.map((leg) => widthPx(segments[leg.index]!));
    const total = widths.reduce((sum, w) => sum + w, 0) + GAP_PX * (ordered.length - 1);
    let left = -total / 2;
    ordered.forEach((leg, k) => {
      const width = widths[k] ?? 0;
      const centre = left + width / 2;
      const sign = leg === first ? 1 : runTogether(first, leg) || 1;
      offsets[leg.index] = centre * sign;
      left += width + GAP_PX;
    });
  }
  return offsets;
}
