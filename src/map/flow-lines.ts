// The flow lines as the label placement sees them: each leg that carries something, with half its drawn
// width (and a pixel of casing) in pixels. No deck.gl here: the labels are placed before the layers load.
import type { FlowSegment, LonLat } from '@/domain/flow-segments';
import { legWidthPx, widthReference, type FlowStyle } from './flow-scale';

export interface FlowLine {
  readonly path: readonly LonLat[];
  readonly halfWidthPx: number;
}

export function makeFlowLines(segments: readonly FlowSegment[], style: FlowStyle): FlowLine[] {
  const reference = widthReference(segments, style);
  return segments.flatMap((s) => {
    const width = legWidthPx(s, reference, style);
    return width > 0 ? [{ path: s.path, halfWidthPx: width / 2 + 1 }] : [];
  });
}
