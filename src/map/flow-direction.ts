// Direction along the flows: the per-vertex tracks and dash counts the GPU motion layer draws, and an
// arrowhead at each leg's middle that stays when motion is reduced.
import type { FlowSegment, LonLat } from '@/domain/flow-segments';
import type { FlowMeasure } from './flow-scale';

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
  readonly colorSlot: number;
  readonly position: LonLat;
  readonly angleDeg: number;
}

/** One arrowhead at the middle of each leg that carries something. */
export function makeArrowheads(segments: readonly FlowSegment[], measure: FlowMeasure): Arrowhead[] {
  return makeLegArrowheads(segments).filter((a) => (segments[a.leg]?.[measure] ?? 0) > 0);
}

/** An arrowhead with the index of its leg in the list it was made from. */
export interface LegArrowhead extends Arrowhead {
  readonly leg: number;
}

/** One arrowhead at the middle of every leg that has a line, whatever it carries (geometry only). */
export function makeLegArrowheads(segments: readonly FlowSegment[]): LegArrowhead[] {
  const out: LegArrowhead[] = [];
  segments.forEach((s, leg) => {
    if (s.path.length >= 2)
      out.push({ id: s.id, leg, route: s.route, colorSlot: s.colorSlot, ...pointAlong(s.path, 0.5) });
  });
  return out;
}

/** Fraction (0..1) of a path's planar length at each of its vertices: the motion layer's per-vertex track. */
export function legFractions(path: readonly LonLat[]): number[] {
  const fractions = [0];
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] ?? [0, 0];
    const b = path[i] ?? [0, 0];
    total += Math.hypot(b[0] - a[0], b[1] - a[1]);
    fractions.push(total);
  }
  return fractions.map((d) => (total > 0 ? d / total : 0));
}

/** Dashes travelling each leg: 1..maxPerLeg by the leg's share of the largest flow, 0 when it is empty. */
export function dashCountOf(value: number, maxValue: number, maxPerLeg = 8): number {
  if (value <= 0 || maxValue <= 0) return 0;
  return Math.max(1, Math.round((value / maxValue) * maxPerLeg));
}
