// Everything that needs deck.gl, in one module the map loads after its first basemap frame (a separate
// chunk): the overlay and the composition of the layers from the map's data.
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { MapData } from './use-map-data';
import { makeEventPointLayer } from './event-point-layer';
import { makeArrowLayer, makeFlowMotionLayer } from './flow-direction-layers';
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
  /** Dashes travel along the flows (off under reduced motion, with motion switched off, in a hidden tab). */
  readonly animate: boolean;
  readonly labels: readonly ResolvedLabel[];
  readonly characters: readonly string[];
}

export interface DeckHandlers {
  readonly onHover: (info: PickingInfo) => void;
  readonly onClick: (info: PickingInfo) => void;
}

let atlas: SymbolAtlas | null = null;

export function createOverlay(onAfterRender: () => void): MapboxOverlay {
  return new MapboxOverlay({ interleaved: false, layers: [], onAfterRender });
}

/**
 * Every layer; they change only when data, filters or options change. Animation needs no new layers:
 * the motion layer reads the clock when it draws, and deck.gl redraws every frame while `_animate` is on.
 */
export function composeLayers(input: LayerInputs): Layer[] {
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
    makeFlowMotionLayer(data.segments, measure, input.animate),
    makeSiteSymbolLayer(data.symbols, atlas, {
      ...DEFAULT_SYMBOL_STYLE,
      measure,
      selectedSite: input.selectedSite,
    }),
    makePlaceLabelLayer(input.labels, input.characters),
  ];
}

/** Hands the layers to deck.gl; `animate` makes it redraw every frame (the motion layer's clock moves). */
export function pushLayers(
  overlay: MapboxOverlay,
  layers: Layer[],
  handlers: DeckHandlers,
  animate: boolean,
): void {
  overlay.setProps({
    layers,
    _animate: animate,
    onHover: handlers.onHover,
    onClick: handlers.onClick,
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
  });
}
