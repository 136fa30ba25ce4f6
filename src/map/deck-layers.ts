// Everything that needs deck.gl, in one module the map loads after its first basemap frame (a separate
// chunk): the overlay and the composition of the layers from the map's data.
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { FlowSegment } from '@/domain/flow-segments';
import { memoizeLast } from '@/lib/memoize-last';
import { makeCorridorOffsets } from './corridor-offsets';
import type { MapData } from './use-map-data';
import { makeEventPointLayer } from './event-point-layer';
import { makeArrowLayer, makeFlowMotionLayer } from './flow-direction-layers';
import { makeFlowLayers } from './flow-layers';
import {
  DEFAULT_FLOW_STYLE,
  legWidthPx,
  widthReference,
  type FlowMeasure,
  type FlowStyle,
} from './flow-scale';
import { makePlaceLabelLayer } from './place-label-layer';
import type { PlacedLabel } from './use-decluttered-labels';
import { makeSiteSymbolLayer } from './site-symbol-layer';
import { DEFAULT_SYMBOL_STYLE } from './site-symbols';
import { drawSymbolAtlas, type SymbolAtlas } from './symbol-shapes';

export interface LayerInputs {
  readonly data: MapData;
  readonly measure: FlowMeasure;
  readonly selectedRoute: number;
  /** The route under the pointer or keyboard focus (flow-highlight.ts), or -1: it outranks the selection. */
  readonly highlightedRoute: number;
  readonly selectedSite: number;
  readonly showEventPoints: boolean;
  /** Widths scaled to the view's own largest leg instead of the whole period's. */
  readonly scaleToView: boolean;
  readonly labels: readonly PlacedLabel[];
  readonly characters: readonly string[];
}

export interface DeckHandlers {
  readonly onHover: (info: PickingInfo) => void;
  readonly onClick: (info: PickingInfo) => void;
}

let atlas: SymbolAtlas | null = null;

/** Side-by-side offsets of the legs, recomputed only when the legs or their widths change (not on hover). */
const corridorOffsetsOf = memoizeLast(
  (segments: readonly FlowSegment[], measure: FlowMeasure, referenceValue: number | null): Float32Array => {
    const style: FlowStyle = { ...DEFAULT_FLOW_STYLE, measure, referenceValue };
    const reference = widthReference(segments, style);
    // The casing's width (the line and a pixel each side), so neighbouring legs do not cover each other.
    return makeCorridorOffsets(segments, (s) => {
      const width = legWidthPx(s, reference, style);
      return width > 0 ? width + 2 : 0;
    });
  },
);

export function createOverlay(onAfterRender: () => void): MapboxOverlay {
  return new MapboxOverlay({ interleaved: false, layers: [], onAfterRender });
}

/**
 * A second, transparent deck.gl canvas over the first that holds only the travelling dashes: while they
 * move, deck.gl redraws this one layer every frame and leaves the flows, symbols and labels alone.
 */
export function createMotionOverlay(): MapboxOverlay {
  return new MapboxOverlay({ interleaved: false, layers: [], _animate: false });
}

/** The layers of the main canvas; they change only when data, filters or options change. */
export function composeLayers(input: LayerInputs): Layer[] {
  atlas ??= drawSymbolAtlas();
  const { data, measure } = input;
  const range = data.filters.timeRange;
  // Day offsets, inclusive: DataFilterExtension compares float32 values, exact for these small numbers.
  const dayRange: [number, number] = range
    ? [range.startDay - data.table.baseDay, range.endDay - data.table.baseDay - 1]
    : [0, 65_535];
  // A highlight only changes colour triggers: deck.gl recolours the legs and arrowheads, nothing is rebuilt.
  const litRoute = input.highlightedRoute >= 0 ? input.highlightedRoute : input.selectedRoute;
  const referenceValue = input.scaleToView ? null : data.periodMax[measure];
  const offsets = corridorOffsetsOf(data.segments, measure, referenceValue);
  return [
    makeEventPointLayer(data.pointAttributes, dayRange, input.showEventPoints),
    ...makeFlowLayers(
      data.segments,
      { ...DEFAULT_FLOW_STYLE, measure, selectedRoute: litRoute, referenceValue },
      offsets,
    ),
    makeArrowLayer(data.segments, measure, litRoute, offsets),
    makeSiteSymbolLayer(data.symbols, atlas, {
      ...DEFAULT_SYMBOL_STYLE,
      measure,
      selectedSite: input.selectedSite,
    }),
    makePlaceLabelLayer(input.labels, input.characters),
  ];
}

/** The motion overlay's one layer; when `animate` is off it is hidden and nothing redraws per frame. */
export function pushMotion(
  overlay: MapboxOverlay,
  data: MapData,
  measure: FlowMeasure,
  animate: boolean,
): void {
  overlay.setProps({ layers: [makeFlowMotionLayer(data.segments, measure, animate)], _animate: animate });
}

/** Hands the layers to deck.gl (they redraw only when they change). */
export function pushLayers(overlay: MapboxOverlay, layers: Layer[], handlers: DeckHandlers): void {
  overlay.setProps({
    layers,
    onHover: handlers.onHover,
    onClick: handlers.onClick,
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
  });
}
