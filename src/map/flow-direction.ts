// Direction along the flows: particles that travel each leg (animated), and an arrowhead at each leg's
// middle that stays when motion is reduced. Positions are interpolated along the leg's path.
import type { FlowSegment, LonLat } from '@/domain/flow-segments';
import { routeColor } from './route-colors';

/** Point at fraction t (0..1) of a path's length (planar degrees: legs are short enough), and bearing. */
export function pointAlong(path: readonly LonLat[], t: number): { position: LonLat; angleDeg: number } {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] ?? [0, 0];
    const b = path[i] ?? [0, 0];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    lengths.push(length);
    total += length;
  }
  let target = Math.min(Math.max(t, 0), 1) * total;
  for (let i = 1; i < path.length; i++) {
    const length = lengths[i - 1] ?? 0;
    const a = path[i - 1] ?? [0, 0];
    const b = path[i] ?? [0, 0];
    if (target <= length || i === path.length - 1) {
      const f = length > 0 ? Math.min(target / length, 1) : 0;
      // deck.gl TextLayer angles are counter-clockwise degrees from east; latitude grows northwards.
      const angleDeg = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
      return { position: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f], angleDeg };
    }
    target -= length;
  }
  return { position: path[0] ?? [0, 0], angleDeg: 0 };
}

export interface Arrowhead {
  readonly id: string;
  readonly route: number;
  readonly position: LonLat;
  readonly angleDeg: number;
}

/** One arrowhead at the middle of each leg that carries something. */
export function makeArrowheads(segments: readonly FlowSegment[], measure: 'people' | 'boats'): Arrowhead[] {
  return segments
    .filter((s) => s[measure] > 0 && s.path.length >= 2)
    .map((s) => ({ id: s.id, route: s.route, ...pointAlong(s.path, 0.5) }));
}

export interface Particles {
  readonly length: number;
  readonly positions: Float32Array;
  /** RGBA per particle: the route's colour, lightened so particles read on top of their flow. */
  readonly colors: Uint8ClampedArray;
  readonly routes: Uint16Array;
}

/**
 * Particle positions at animation phase `phase` (0..1, one full leg per cycle): each leg carrying
 * something gets 1..maxPerLeg evenly spaced particles, more for bigger flows.
 */
export function makeParticles(
  segments: readonly FlowSegment[],
  measure: 'people' | 'boats',
  phase: number,
  maxPerLeg = 8,
): Particles {
  const maxValue = segments.reduce((m, s) => Math.max(m, s[measure]), 0);
  const counts = segments.map((s) =>
    s[measure] > 0 && maxValue > 0 ? Math.max(1, Math.round((s[measure] / maxValue) * maxPerLeg)) : 0,
  );
  const total = counts.reduce((a, b) => a + b, 0);
  const positions = new Float32Array(total * 2);
  const routes = new Uint16Array(total);
  const colors = new Uint8ClampedArray(total * 4);
  let i = 0;
  segments.forEach((s, k) => {
    const n = counts[k] ?? 0;
    for (let p = 0; p < n; p++) {
      const { position } = pointAlong(s.path, (phase + p / n) % 1);
      positions[i * 2] = position[0];
      positions[i * 2 + 1] = position[1];
      routes[i] = s.route;
      const [r, g, b] = routeColor(s.route);
      colors.set([Math.min(255, r + 90), Math.min(255, g + 90), Math.min(255, b + 90), 255], i * 4);
      i++;
    }
  });
  return { length: total, positions, colors, routes };
}
