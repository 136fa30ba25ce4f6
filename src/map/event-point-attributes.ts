// Per-event point attributes, built once per table straight from its columns (no deck.gl here).
import type { EventTable } from '@/domain/event-table';
import { lonFrameWest, toLonFrame } from '@/domain/unwrap-longitudes';
import { UNKNOWN_PEOPLE } from '@/domain/vocabulary';
import { OUTCOME_COLORS } from '@/theme/palette';

export interface EventPointAttributes {
  readonly length: number;
  readonly positions: Float32Array;
  readonly radiiPx: Float32Array;
  readonly colors: Uint8ClampedArray;
  readonly days: Float32Array;
}

/** Builds the layer's attribute arrays once per table (not per filter change). */
export function makeEventPointAttributes(table: EventTable): EventPointAttributes {
  const n = table.length;
  const positions = new Float32Array(n * 2);
  const radiiPx = new Float32Array(n);
  const colors = new Uint8ClampedArray(n * 4);
  const days = new Float32Array(n);
  // Data across the antimeridian are drawn in one longitude frame (domain/unwrap-longitudes.ts).
  const west = lonFrameWest(table);
  for (let r = 0; r < n; r++) {
    positions[r * 2] = toLonFrame(table.lon[r] ?? 0, west);
    positions[r * 2 + 1] = table.lat[r] ?? 0;
    // Area ∝ people: radius ∝ √people, at least 2 px so empty boats stay visible.
    const people = table.people[r] ?? 0;
    radiiPx[r] = people === UNKNOWN_PEOPLE ? 2 : Math.max(2, Math.sqrt(people) * 0.9);
    const color = OUTCOME_COLORS[table.outcome[r] ?? 0] ?? [0, 0, 0];
    colors.set([color[0], color[1], color[2], 170], r * 4);
    days[r] = table.day[r] ?? 0;
  }
  return { length: n, positions, radiiPx, colors, days };
}
