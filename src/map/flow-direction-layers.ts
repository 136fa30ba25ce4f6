// Direction layers: static arrowheads at the middle of each leg (they stay when motion is reduced) and
// the travelling dashes, animated on the GPU by one uniform (flow-motion-layer.ts).
import { TextLayer } from '@deck.gl/layers';
import { sameLegGeometry, type FlowSegment, type LonLat } from '@/domain/flow-segments';
import { memoizeLast } from '@/lib/memoize-last';
import { dashCountOf, legFractions, makeLegArrowheads, type LegArrowhead } from './flow-direction';
import { sameLegData } from './flow-layers';
import { FlowMotionLayer } from './flow-motion-layer';
import { maxFlowValue, type FlowMeasure } from './flow-scale';
import { lighten, routeSlotColor } from '@/theme/palette';

/**
 * Arrowheads of every leg, built once per set of paths (a filter step keeps them); a leg that carries
 * nothing gets size 0 instead of leaving the data, so deck.gl never lays the glyphs out again.
 */
let arrowheadCache: { segments: readonly FlowSegment[]; arrowheads: LegArrowhead[] } | null = null;
function arrowheadsOf(segments: readonly FlowSegment[]): LegArrowhead[] {
  if (arrowheadCache === null || !sameLegGeometry(arrowheadCache.segments, segments))
    arrowheadCache = { segments, arrowheads: makeLegArrowheads(segments) };
  return arrowheadCache.arrowheads;
}
/** Pixel size of an arrowhead glyph. */
const ARROW_SIZE_PX = 15;
/** Leg index by leg id, for the offsets (built once per set of legs). */
const legIndexOf = memoizeLast((segments: readonly FlowSegment[]) => {
  const byId = new Map(segments.map((s, i) => [s.id, i]));
  return (id: string): number => byId.get(id) ?? -1;
});

/**
 * `litRoute` (a route code, or -1): that route's arrowheads stay strong and the others fade, like the legs.
 * `offsetsPx` (by leg index, corridor-offsets.ts): each arrowhead follows its leg to the side.
 */
export function makeArrowLayer(
  segments: readonly FlowSegment[],
  measure: FlowMeasure,
  litRoute = -1,
  offsetsPx?: Float32Array,
): TextLayer<LegArrowhead> {
  const legIndex = legIndexOf(segments);
  return new TextLayer<LegArrowhead>({
    id: 'flow-arrows',
    data: arrowheadsOf(segments),
    getText: () => '▶',
    getPosition: (a) => [a.position[0], a.position[1]],
    getAngle: (a) => a.angleDeg,
    // To the right of the direction of travel on screen (y grows downwards): (sin a, cos a).
    getPixelOffset: (a) => {
      const offset = offsetsPx?.[legIndex(a.id)] ?? 0;
      const rad = (a.angleDeg * Math.PI) / 180;
      return [offset * Math.sin(rad), offset * Math.cos(rad)];
    },
    // Only legs that carry something in the measure show their arrowhead.
    getSize: (a) => ((segments[a.leg]?.[measure] ?? 0) > 0 ? ARROW_SIZE_PX : 0),
    getColor: (a) => [...routeSlotColor(a.colorSlot), litRoute >= 0 && a.route !== litRoute ? 70 : 255],
    updateTriggers: { getColor: [litRoute], getPixelOffset: [offsetsPx], getSize: [segments, measure] },
    outlineWidth: 2,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    characterSet: ['▶'],
    fontFamily: '"DejaVu Sans", system-ui, sans-serif',
    sizeUnits: 'pixels',
  });
}

/** The route colour lightened so the dashes read on top of their own flow. */
function dashColor(slot: number): [number, number, number, number] {
  const [r, g, b] = lighten(routeSlotColor(slot), 110);
  return [r, g, b, 255];
}

/**
 * Dashes travelling each leg that carries something, more on bigger flows. `visible: false` when motion
 * is off: the layer keeps its attributes and draws nothing. The data are the flow legs themselves, so the
 * attributes are rebuilt only when the legs change (a filter), never per frame.
 */
export function makeFlowMotionLayer(
  segments: readonly FlowSegment[],
  measure: FlowMeasure,
  visible: boolean,
): FlowMotionLayer<FlowSegment> {
  const maxValue = maxFlowValue(segments, measure);
  return new FlowMotionLayer<FlowSegment>({
    id: 'flow-motion',
    data: segments as FlowSegment[],
    // Same paths, new values: only the dash counts are recomputed (see flow-layers.ts).
    dataComparator: sameLegData,
    visible,
    getPath: (s) => s.path as LonLat[],
    getLegFractions: (s) => legFractions(s.path),
    getDashCount: (s) => dashCountOf(s[measure], maxValue),
    getColor: (s) => dashColor(s.colorSlot),
    getWidth: 3,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    dashLength: 0.12,
    updateTriggers: { getDashCount: [segments, measure, maxValue] },
  });
}
