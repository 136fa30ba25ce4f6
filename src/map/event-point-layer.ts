// Pure factory of the per-event point layer: binary attributes straight from the table's columns, the
// time window applied on the GPU with DataFilterExtension over small day offsets (float32-exact).
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { EventPointAttributes } from './event-point-attributes';

const dataFilter = new DataFilterExtension({ filterSize: 1 });

type PointData = {
  length: number;
  attributes: Record<string, { value: Float32Array | Uint8ClampedArray; size: number }>;
};
/**
 * One binary `data` object per attribute set: deck.gl compares `data` by identity, so a new object on
 * every time step would re-split and re-upload every position (measured in bench/browser).
 */
const pointData = new WeakMap<EventPointAttributes, PointData>();
function dataFor(attributes: EventPointAttributes): PointData {
  let data = pointData.get(attributes);
  if (data === undefined) {
    data = {
      length: attributes.length,
      attributes: {
        getPosition: { value: attributes.positions, size: 2 },
        getRadius: { value: attributes.radiiPx, size: 1 },
        getFillColor: { value: attributes.colors, size: 4 },
        getFilterValue: { value: attributes.days, size: 1 },
      },
    };
    pointData.set(attributes, data);
  }
  return data;
}

/** The point layer; `dayRange` is [first, last] day offsets, inclusive, relative to table.baseDay. */
export function makeEventPointLayer(
  attributes: EventPointAttributes,
  dayRange: readonly [number, number],
  visible = true,
): ScatterplotLayer<unknown, DataFilterExtensionProps> {
  return new ScatterplotLayer<unknown, DataFilterExtensionProps>({
    id: 'event-points',
    visible,
    data: dataFor(attributes),
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.5,
    filterRange: [dayRange[0], dayRange[1]],
    extensions: [dataFilter],
  });
}
