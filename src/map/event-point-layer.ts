// Pure factory of the per-event point layer: binary attributes straight from the table's columns, the
// time window applied on the GPU with DataFilterExtension over small day offsets (float32-exact).
import { DataFilterExtension } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { EventTable } from '@/domain/event-table';
import { OUTCOME_COLORS } from './outcome-colors';

export interface EventPointAttributes {
  readonly length: number;
  readonly positions: Float32Array;
  readonly radiiPx: Float32Array;
  readonly colors: Uint8Array;
  readonly days: Float32Array;
}

/** Builds the layer's attribute arrays once per table (not per filter change). */
export function makeEventPointAttributes(table: EventTable): EventPointAttributes {
  const n = table.length;
  const positions = new Float32Array(n * 2);
  const radiiPx = new Float32Array(n);
  const colors = new Uint8Array(n * 4);
  const days = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    positions[r * 2] = table.lon[r] ?? 0;
    positions[r * 2 + 1] = table.lat[r] ?? 0;
    // Area ∝ people: radius ∝ √people, at least 2 px so empty boats stay visible.
    radiiPx[r] = Math.max(2, Math.sqrt(table.people[r] ?? 0) * 0.9);
    const color = OUTCOME_COLORS[table.outcome[r] ?? 0] ?? [0, 0, 0];
    colors.set([color[0], color[1], color[2], 170], r * 4);
    days[r] = table.day[r] ?? 0;
  }
  return { length: n, positions, radiiPx, colors, days };
}

const dataFilter = new DataFilterExtension({ filterSize: 1 });

/** The point layer; `dayRange` is [first, last] day offsets, inclusive, relative to table.baseDay. */
export function makeEventPointLayer(
  attributes: EventPointAttributes,
  dayRange: readonly [number, number],
  visible = true,
): ScatterplotLayer {
  return new ScatterplotLayer({
    id: 'event-points',
    visible,
    data: {
      length: attributes.length,
      attributes: {
        getPosition: { value: attributes.positions, size: 2 },
        getRadius: { value: attributes.radiiPx, size: 1 },
        getFillColor: { value: attributes.colors, size: 4, normalized: true },
        getFilterValue: { value: attributes.days, size: 1 },
      },
    },
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.5,
    filterRange: [dayRange[0], dayRange[1]],
    extensions: [dataFilter],
  });
}
