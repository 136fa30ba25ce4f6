// The flow width scale: line width linear in the people (or boats) a leg carries. No deck.gl here, so
// the legend can use it without loading the map layers.
import type { FlowSegment } from '@/domain/flow-segments';

export type FlowMeasure = 'people' | 'boats';

export interface FlowStyle {
  readonly measure: FlowMeasure;
  /** Width of the leg that carries the most, in pixels; others are linear in their value. */
  readonly maxWidthPx: number;
  /** Route code to emphasise (others fade), or -1. */
  readonly selectedRoute: number;
}

export const DEFAULT_FLOW_STYLE: FlowStyle = { measure: 'people', maxWidthPx: 22, selectedRoute: -1 };
/** Legs carrying something are at least this wide, so small flows stay visible. */
export const MIN_FLOW_WIDTH_PX = 1.5;

/** The largest value among the legs for a measure (the width scale's domain). */
export function maxFlowValue(segments: readonly FlowSegment[], measure: FlowMeasure): number {
  return segments.reduce((max, s) => Math.max(max, s[measure]), 0);
}

/** Width in pixels of a leg: linear in its value, 0 when it carries nothing. */
export function flowWidthPx(value: number, maxValue: number, style: FlowStyle): number {
  if (value <= 0 || maxValue <= 0) return 0;
  return Math.max(MIN_FLOW_WIDTH_PX, (value / maxValue) * style.maxWidthPx);
}
