// Greedy label placement: labels are taken by rank (then by list order), each moved to the first of a few
// places around its anchor that is clear of the labels already placed and of the flow lines, and dropped
// when none is clear of labels — the same idea as MapLibre's symbol placement, on a few dozen labels.

export interface LabelBox {
  readonly id: string;
  /** Anchor in screen pixels (label centred on it). */
  readonly xPx: number;
  readonly yPx: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Higher is placed first. */
  readonly rank: number;
}

/** A flow line on screen that labels keep clear of: one straight piece and half the line's width. */
export interface FlowObstacle {
  readonly x0Px: number;
  readonly y0Px: number;
  readonly x1Px: number;
  readonly y1Px: number;
  readonly halfWidthPx: number;
}

/** Where a shown label goes: its shift in pixels from its default place. */
export type LabelShift = readonly [dxPx: number, dyPx: number];

/** Squared distance from a point to the segment a–b. */
function pointSegmentDistance2(px: number, py: number, o: FlowObstacle): number {
  const vx = o.x1Px - o.x0Px;
  const vy = o.y1Px - o.y0Px;
  const length2 = vx * vx + vy * vy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - o.x0Px) * vx + (py - o.y0Px) * vy) / length2));
  const dx = o.x0Px + t * vx - px;
  const dy = o.y0Px + t * vy - py;
  return dx * dx + dy * dy;
}

/** True when (x, y) lies in the box [left, right] × [top, bottom]. */
function insideBox(x: number, y: number, left: number, right: number, top: number, bottom: number): boolean {
  return x >= left && x <= right && y >= top && y <= bottom;
}

/**
 * True when a flow piece, with its width, touches the box (centre cx, cy; half sizes hw, hh). Allocates
 * nothing: it runs for every label, place and piece of line (at 200 routes, its probe arrays were 14 MB of
 * garbage per filter step, and the collections after it most of the step's main-thread time).
 */
function obstacleHitsBox(o: FlowObstacle, cx: number, cy: number, hw: number, hh: number): boolean {
  const left = cx - hw;
  const right = cx + hw;
  const top = cy - hh;
  const bottom = cy + hh;
  const r = o.halfWidthPx;
  // Quick reject on the bounding boxes.
  if (Math.max(o.x0Px, o.x1Px) + r < left || Math.min(o.x0Px, o.x1Px) - r > right) return false;
  if (Math.max(o.y0Px, o.y1Px) + r < top || Math.min(o.y0Px, o.y1Px) - r > bottom) return false;
  if (
    insideBox(o.x0Px, o.y0Px, left, right, top, bottom) ||
    insideBox(o.x1Px, o.y1Px, left, right, top, bottom)
  )
    return true;
  // Approximate, enough for labels: the thickened line covers a corner, an edge middle or the centre (the
  // 3 × 3 grid of the box's edges and middle lines), or passes nearer the centre than half the box's
  // smaller side.
  const r2 = r * r;
  for (let ix = 0; ix < 3; ix++) {
    const x = ix === 0 ? left : ix === 1 ? cx : right;
    for (let iy = 0; iy < 3; iy++) {
      const y = iy === 0 ? top : iy === 1 ? cy : bottom;
      if (pointSegmentDistance2(x, y, o) <= r2) return true;
    }
  }
  return pointSegmentDistance2(cx, cy, o) <= (r + Math.min(hw, hh)) ** 2;
}

/** True when any flow piece touches the box (centre cx, cy; half sizes hw, hh). */
function anyObstacleHitsBox(
  obstacles: readonly FlowObstacle[],
  cx: number,
  cy: number,
  hw: number,
  hh: number,
): boolean {
  for (const o of obstacles) if (obstacleHitsBox(o, cx, cy, hw, hh)) return true;
  return false;
}

/** True when a box of `width` × `height` centred on (x, y) comes within `gapPx` of a placed label. */
function overlapsPlaced(
  placed: readonly LabelBox[],
  x: number,
  y: number,
  width: number,
  height: number,
  gapPx: number,
): boolean {
  for (const p of placed)
    if (
      Math.abs(p.xPx - x) * 2 < p.widthPx + width + gapPx * 2 &&
      Math.abs(p.yPx - y) * 2 < p.heightPx + height + gapPx * 2
    )
      return true;
  return false;
}

/**
 * Places labels greedily by rank (ties by list order). A label whose default place overlaps a label
 * already placed, or lies off screen (outside width × height), is not shown. A label whose default place
 * touches a flow tries below, right, left and above it and takes the first clear of labels and flows;
 * when none is, it stays at its default place (a stage's name sits where its flows meet).
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  widthPx: number,
  heightPx: number,
  obstacles: readonly FlowObstacle[] = [],
  gapPx = 2,
): Map<string, LabelShift> {
  const order = boxes.map((box, i) => ({ box, i })).sort((a, b) => b.box.rank - a.box.rank || a.i - b.i);
  const placed: LabelBox[] = [];
  const shown = new Map<string, LabelShift>();
  for (const { box } of order) {
    const candidates: LabelShift[] = [
      [0, 0],
      [0, box.heightPx * 1.8],
      [box.widthPx * 0.55 + 4, box.heightPx * 0.9],
      [-(box.widthPx * 0.55 + 4), box.heightPx * 0.9],
      [0, -box.heightPx * 1.8],
    ];
    const defaultLeft = box.xPx - box.widthPx / 2;
    const defaultTop = box.yPx - box.heightPx / 2;
    // Its place is outside the view: not shown.
    if (
      defaultLeft + box.widthPx < 0 ||
      defaultTop + box.heightPx < 0 ||
      defaultLeft > widthPx ||
      defaultTop > heightPx
    )
      continue;
    let chosen: LabelShift | null = null;
    let fallback: LabelShift | null = null;
    for (const shift of candidates) {
      const x = box.xPx + shift[0];
      const y = box.yPx + shift[1];
      // A moved label stays wholly inside the view; the default place may be cut by the edge.
      const left = x - box.widthPx / 2;
      const top = y - box.heightPx / 2;
      const moved = shift !== candidates[0];
      if (moved && (left < 0 || top < 0 || left + box.widthPx > widthPx || top + box.heightPx > heightPx))
        continue;
      const overlaps = overlapsPlaced(placed, x, y, box.widthPx, box.heightPx, gapPx);
      // A label whose own place is taken by a higher-ranked one is not shown (moving it away from its
      // point to dodge another label would misplace it); other places are only tried to dodge a flow.
      if (overlaps && !moved) break;
      if (overlaps) continue;
      fallback ??= shift;
      if (!anyObstacleHitsBox(obstacles, x, y, box.widthPx / 2, box.heightPx / 2)) {
        chosen = shift;
        break;
      }
    }
    const shift = chosen ?? fallback;
    if (!shift) continue;
    placed.push({ ...box, xPx: box.xPx + shift[0], yPx: box.yPx + shift[1] });
    shown.set(box.id, shift);
  }
  return shown;
}

/** Ids of the labels to show, given screen boxes; labels off screen (outside width × height) are dropped. */
export function declutterLabels(
  boxes: readonly LabelBox[],
  widthPx: number,
  heightPx: number,
  gapPx = 2,
): Set<string> {
  return new Set(placeLabels(boxes, widthPx, heightPx, [], gapPx).keys());
}

/** Rough box of a label: average glyph width is about 0.6 of the font size for the UI fonts we use. */
export function estimateLabelBox(text: string, fontSizePx: number): { widthPx: number; heightPx: number } {
  return { widthPx: text.length * fontSizePx * 0.62 + 6, heightPx: fontSizePx * 1.3 };
}
