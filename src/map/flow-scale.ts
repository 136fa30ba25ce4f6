// The flow width scale: line width linear in what a leg carries (people, boats, dead and missing or records), against a reference
// value held fixed across periods (the whole period's largest leg) unless the person asks for the view's
// own. Sea crossings are the story: air and land legs are drawn thin. No deck.gl here, so the legend can
// use it without loading the map layers.
import type { FlowSegment } from '@/domain/flow-segments';
import type { MapMeasure } from '@/domain/view-options';

export type FlowMeasure = MapMeasure;

export interface FlowStyle {
  readonly measure: FlowMeasure;
  /** Width of the leg that carries the most, in pixels; others are linear in their value. */
  readonly maxWidthPx: number;
  /** Route code to emphasise (others fade), or -1. */
  readonly selectedRoute: number;
  /** The value drawn at maxWidthPx; null: the largest leg of the segments drawn (the view's own). */
  readonly referenceValue: number | null;
}

export const DEFAULT_FLOW_STYLE: FlowStyle = {
  measure: 'people',
  maxWidthPx: 22,
  selectedRoute: -1,
  referenceValue: null,
};
/** Air and land legs: a thin line whatever they carry (people fly or drive to the coast; the sea is the story). */
export const OVERLAND_WIDTH_PX = { min: 1, max: 3 } as const;
/** Legs carrying something are at least this wide, so small flows stay visible. */
export const MIN_FLOW_WIDTH_PX = 1.5;

/** The largest value among the legs for a measure (the width scale's domain). */
export function maxFlowValue(segments: readonly FlowSegment[], measure: FlowMeasure): number {
  return segments.reduce((max, s) => Math.max(max, s[measure]), 0);
}

/** The value the widths are scaled to: the style's reference, or the view's largest leg. */
export function widthReference(segments: readonly FlowSegment[], style: FlowStyle): number {
  return style.referenceValue ?? maxFlowValue(segments, style.measure);
}

/** Width in pixels of one leg: sea legs linear in their value, air and land legs thin. */
export function legWidthPx(segment: FlowSegment, reference: number, style: FlowStyle): number {
  const width = flowWidthPx(segment[style.measure], reference, style);
  if (width === 0 || segment.mode === 'sea' || segment.fallback) return width;
  return Math.min(OVERLAND_WIDTH_PX.max, Math.max(OVERLAND_WIDTH_PX.min, width * 0.2));
}

/** Width in pixels of a value: linear in it (capped at maxWidthPx), 0 when it carries nothing. */
export function flowWidthPx(value: number, maxValue: number, style: FlowStyle): number {
  if (value <= 0 || maxValue <= 0) return 0;
  return Math.min(style.maxWidthPx, Math.max(MIN_FLOW_WIDTH_PX, (value / maxValue) * style.maxWidthPx));
}
