// Pure factories of the flow layers: route legs as paths whose width is proportional to the people (or
// boats) they carry in the current filter; air and land legs dashed, sea legs solid.
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import { sameLegGeometry, type FlowSegment, type LonLat } from '@/domain/flow-segments';
import { legWidthPx, widthReference, type FlowStyle } from './flow-scale';
import { routeSlotColor } from '@/theme/palette';

const dashes = new PathStyleExtension({ dash: true, offset: true });
const offsetOnly = new PathStyleExtension({ offset: true });
const pathOf = (s: FlowSegment): LonLat[] => s.path as LonLat[];

/** deck.gl's `dataComparator` for lists of legs: the same paths in the same order are the same data. */
export function sameLegData<T>(next: T, previous?: T): boolean {
  const a: unknown = next;
  const b: unknown = previous;
  return Array.isArray(a) && Array.isArray(b) && sameLegGeometry(a as FlowSegment[], b as FlowSegment[]);
}

/** A casing under the flows (for contrast on land and sea) and the flows themselves. Ids are constant. */
export function makeFlowLayers(
  segments: readonly FlowSegment[],
  style: FlowStyle,
  /** Pixels each leg is moved to the side (corridor-offsets.ts), by index; none when absent. */
  offsetsPx?: Float32Array,
): PathLayer<FlowSegment, PathStyleExtensionProps<FlowSegment>>[] {
  const reference = widthReference(segments, style);
  const width = (s: FlowSegment): number => legWidthPx(s, reference, style);
  // deck.gl's offsets are in units of the line's own width.
  const offsetOf =
    (extraPx: number) =>
    (s: FlowSegment, { index }: { index: number }): number => {
      const w = width(s) + extraPx;
      return offsetsPx && w > 0 ? (offsetsPx[index] ?? 0) / w : 0;
    };
  // Air and land legs subdued, sea crossings strong.
  const alpha = (s: FlowSegment): number => (faded(s) ? 50 : s.mode === 'sea' || s.fallback ? 225 : 140);
  const faded = (s: FlowSegment): boolean => style.selectedRoute >= 0 && s.route !== style.selectedRoute;
  const common = {
    data: segments as FlowSegment[],
    // A filter step gives new legs on the same paths: deck.gl then keeps the paths' attributes and
    // recomputes only the triggered ones (widths, offsets), which is most of a step's layer update.
    dataComparator: sameLegData,
    getPath: pathOf,
    widthUnits: 'pixels' as const,
    jointRounded: true,
    capRounded: true,
    updateTriggers: {
      // The legs themselves: their values set the widths (colours and dashes depend on geometry only).
      getWidth: [segments, style.measure, reference, style.maxWidthPx],
      getColor: [style.selectedRoute],
      getOffset: [offsetsPx, segments, style.measure, reference, style.maxWidthPx],
    },
  };
  return [
    new PathLayer<FlowSegment, PathStyleExtensionProps<FlowSegment>>({
      ...common,
      id: 'flow-casing',
      getWidth: (s) => (width(s) > 0 ? width(s) + 2 : 0),
      getColor: (s) => [255, 255, 255, faded(s) ? 60 : 200],
      getOffset: offsetOf(2),
      extensions: [offsetOnly],
    }),
    new PathLayer<FlowSegment, PathStyleExtensionProps<FlowSegment>>({
      ...common,
      id: 'flow-paths',
      pickable: true,
      autoHighlight: true,
      highlightColor: [240, 162, 2, 220],
      getWidth: width,
      getColor: (s) => {
        const [r, g, b] = routeSlotColor(s.colorSlot);
        return [r, g, b, alpha(s)];
      },
      // Air and land legs dashed, sea legs solid; great-circle stand-ins dotted.
      getDashArray: (s) => (s.fallback ? [1, 2] : s.mode === 'sea' ? [0, 0] : [4, 2]),
      dashJustified: true,
      getOffset: offsetOf(0),
      extensions: [dashes],
    }),
  ];
}
