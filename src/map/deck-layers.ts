// Everything that needs deck.gl, in one module the map loads after its first basemap frame (a separate
// chunk): the overlay and the composition of the layers from the map's data.
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { MapData } from './use-map-data';
import { makeEventPointLayer } from './event-point-layer';
import { makeArrowLayer, makeParticleLayer } from './flow-direction-layers';
import { makeParticles } from './flow-direction';
import { makeFlowLayers } from './flow-layers';
import { DEFAULT_FLOW_STYLE, type FlowMeasure } from './flow-scale';
import { makePlaceLabelLayer } from './place-label-layer';
import type { ResolvedLabel } from './place-labels';
import { makeSiteSymbolLayer } from './site-symbol-layer';
import { DEFAULT_SYMBOL_STYLE } from './site-symbols';
import { drawSymbolAtlas, type SymbolAtlas } from './symbol-shapes';

export interface LayerInputs {
  readonly data: MapData;
  readonly measure: FlowMeasure;
  readonly selectedRoute: number;
  readonly selectedSite: number;
  readonly showEventPoints: boolean;
  readonly labels: readonly ResolvedLabel[];
  readonly characters: readonly string[];
}

export interface DeckHandlers {
  readonly onHover: (info: PickingInfo) => void;
  readonly onClick: (info: PickingInfo) => void;
}

let atlas: SymbolAtlas | null = null;

export function createOverlay(): MapboxOverlay {
  // preserveDrawingBuffer: an export (src/export/) copies deck's own canvas after MapLibre's.
  return new MapboxOverlay({
    interleaved: false,
    layers: [],
    deviceProps: { webgl: { preserveDrawingBuffer: true } },
  });
}

/** The layers that change only when data, filters or options change (not every animation frame). */
export function composeStaticLayers(input: LayerInputs): Layer[] {
  atlas ??= drawSymbolAtlas();
  const { data, measure } = input;
  const range = data.filters.timeRange;
  // Day offsets, inclusive: DataFilterExtension compares float32 values, exact for these small numbers.
  const dayRange: [number, number] = range
    ? [range.startDay - data.table.baseDay, range.endDay - data.table.baseDay - 1]
    : [0, 65_535];
  return [
    makeEventPointLayer(data.pointAttributes, dayRange, input.showEventPoints),
    ...makeFlowLayers(data.segments, { ...DEFAULT_FLOW_STYLE, measure, selectedRoute: input.selectedRoute }),
    makeArrowLayer(data.segments, measure),
    makeSiteSymbolLayer(data.symbols, atlas, {
      ...DEFAULT_SYMBOL_STYLE,
      measure,
      selectedSite: input.selectedSite,
    }),
    makePlaceLabelLayer(input.labels, input.characters),
  ];
}

/** Static layers with the particles at animation phase `phase` slotted under the symbols and labels. */
export function withParticles(
  staticLayers: readonly Layer[],
  data: MapData,
  measure: FlowMeasure,
  phase: number,
): Layer[] {
  const layers = [...staticLayers];
  layers.splice(layers.length - 2, 0, makeParticleLayer(makeParticles(data.segments, measure, phase)));
  return layers;
}

export function pushLayers(overlay: MapboxOverlay, layers: Layer[], handlers: DeckHandlers): void {
  overlay.setProps({
    layers,
    onHover: handlers.onHover,
    onClick: handlers.onClick,
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
  });
}
