// Converging corridors kept apart: legs of different routes that run together (the same pair of stages, or
// the same stage with nearly the same heading) are drawn side by side instead of on top of each other.
// Offsets are in screen pixels, perpendicular to the leg, positive to the right of its direction of travel
// (deck.gl's PathStyleExtension convention); a group of legs is centred on the shared line. No deck.gl here.
import { sameLegGeometry, type FlowSegment, type LonLat } from '@/domain/flow-segments';

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
  /** Heading from `from` to `to`, and back, degrees (computed once per leg, not once per pair). */
  readonly heading: number;
  readonly backHeading: number;
}

/** +1 when the two legs run together in the same direction, -1 in opposite directions, 0 apart. */
function runTogether(a: Leg, b: Leg): 1 | -1 | 0 {
  if (near(a.from, b.from) && near(a.to, b.to)) return 1;
  if (headingGapDeg(a.heading, b.heading) < SAME_HEADING_DEG && (near(a.from, b.from) || near(a.to, b.to)))
    return 1;
  if (near(a.from, b.to) && near(a.to, b.from)) return -1;
  if (
    headingGapDeg(a.heading, b.backHeading) < SAME_HEADING_DEG &&
    (near(a.from, b.to) || near(a.to, b.from))
  )
    return -1;
  return 0;
}

/** Grid cell of a place: two places `near` each other lie in the same or adjacent cells. */
const cellOf = (p: LonLat): [number, number] => [
  Math.floor(p[0] / SAME_PLACE_DEG),
  Math.floor(p[1] / SAME_PLACE_DEG),
];
const cellKey = (x: number, y: number): string => `${x},${y}`;

/**
 * For each leg, the later legs (higher position in `legs`, ascending) with an end in a cell next to one of
 * its ends: the only ones it can run together with, since that needs at least one shared place. Keeps the
 * pairing linear in the legs for 200 routes (all pairs cost ~0.3 s at load).
 */
function laterCandidates(legs: readonly Leg[]): number[][] {
  const byCell = new Map<string, number[]>();
  legs.forEach((leg, i) => {
    const seen = new Set<string>();
    for (const end of [leg.from, leg.to]) {
      const [x, y] = cellOf(end);
      const key = cellKey(x, y);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byCell.get(key);
      if (list) list.push(i);
      else byCell.set(key, [i]);
    }
  });
  return legs.map((leg, i) => {
    const found = new Set<number>();
    for (const end of [leg.from, leg.to]) {
      const [x, y] = cellOf(end);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of byCell.get(cellKey(x + dx, y + dy)) ?? []) if (j > i) found.add(j);
    }
    return [...found].sort((a, b) => a - b);
  });
}

/** Which legs run together, from the legs' geometry alone: the same for every filter and time window. */
interface LegPairs {
  /** Per segment index, its leg (both ends known) or null. */
  readonly legs: readonly (Leg | null)[];
  /** Per segment index, the later segment indices it runs together with, ascending. */
  readonly together: readonly (readonly number[])[];
}

function legPairsOf(segments: readonly FlowSegment[]): LegPairs {
  const legs = segments.map((s, index): Leg | null => {
    const from = s.path[0];
    const to = s.path[s.path.length - 1];
    return from && to
      ? { index, from, to, heading: headingDeg(from, to), backHeading: headingDeg(to, from) }
      : null;
  });
  const withEnds = legs.filter((leg): leg is Leg => leg !== null);
  const candidates = laterCandidates(withEnds);
  const together: number[][] = segments.map(() => []);
  withEnds.forEach((leg, i) => {
    for (const j of candidates[i] ?? []) {
      const other = withEnds[j];
      if (other !== undefined && runTogether(leg, other) !== 0) together[leg.index]?.push(other.index);
    }
  });
  return { legs, together };
}

/** legPairsOf for the last list of leg paths seen: a window or filter step keeps the paths (flow-segments.ts). */
let lastPairs: { readonly segments: readonly FlowSegment[]; readonly pairs: LegPairs } | null = null;

function cachedLegPairs(segments: readonly FlowSegment[]): LegPairs {
  if (lastPairs === null || !sameLegGeometry(lastPairs.segments, segments))
    lastPairs = { segments, pairs: legPairsOf(segments) };
  return lastPairs.pairs;
}

/**
 * Pixel offset of every leg (by index in `segments`), 0 for legs that run alone or carry nothing.
 * `widthPx` is each leg's drawn width, so the legs of a group touch without overlapping. Which legs run
 * together is worked out once per list of leg paths; each call only groups the legs that carry something
 * (the pairing was most of a time-window step's script at 200 routes).
 */
export function makeCorridorOffsets(
  segments: readonly FlowSegment[],
  widthPx: (segment: FlowSegment) => number,
): Float32Array {
  const offsets = new Float32Array(segments.length);
  const { legs, together } = cachedLegPairs(segments);
  const widths = segments.map((s) => widthPx(s));
  const drawn = (index: number): boolean => legs[index] !== null && (widths[index] ?? 0) > 0;
  // Groups by union-find over "run together" among the drawn legs; each leg's direction relative to its
  // group's first leg (the first in `segments` order).
  const parent = segments.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < segments.length; i++) {
    if (!drawn(i)) continue;
    for (const j of together[i] ?? []) if (drawn(j)) parent[root(j)] = root(i);
  }
  const groups = new Map<number, Leg[]>();
  legs.forEach((leg, i) => {
    if (leg === null || !drawn(i)) return;
    const members = groups.get(root(i)) ?? [];
    members.push(leg);
    groups.set(root(i), members);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const first = members[0]!;
    // Route order left to right, so a route keeps its side along the whole corridor.
    const ordered = [...members].sort((a, b) => segments[a.index]!.route - segments[b.index]!.route);
    const total =
      ordered.reduce((sum, leg) => sum + (widths[leg.index] ?? 0), 0) + GAP_PX * (ordered.length - 1);
    let left = -total / 2;
    for (const leg of ordered) {
      const width = widths[leg.index] ?? 0;
      const centre = left + width / 2;
      const sign = leg === first ? 1 : runTogether(first, leg) || 1;
      offsets[leg.index] = centre * sign;
      left += width + GAP_PX;
    }
  }
  return offsets;
}
