// Greedy label placement: labels are taken by rank (then by list order) and dropped when their box
// overlaps one already placed — the same idea as MapLibre's symbol placement, on a few dozen labels.

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

/** Ids of the labels to show, given screen boxes; labels off screen (outside width × height) are dropped. */
export function declutterLabels(
  boxes: readonly LabelBox[],
  widthPx: number,
  heightPx: number,
  gapPx = 2,
): Set<string> {
  const order = boxes.map((box, i) => ({ box, i })).sort((a, b) => b.box.rank - a.box.rank || a.i - b.i);
  const placed: LabelBox[] = [];
  const shown = new Set<string>();
  for (const { box } of order) {
    const left = box.xPx - box.widthPx / 2;
    const top = box.yPx - box.heightPx / 2;
    if (left + box.widthPx < 0 || top + box.heightPx < 0 || left > widthPx || top > heightPx) continue;
    const overlaps = placed.some(
      (p) =>
        Math.abs(p.xPx - box.xPx) * 2 < p.widthPx + box.widthPx + gapPx * 2 &&
        Math.abs(p.yPx - box.yPx) * 2 < p.heightPx + box.heightPx + gapPx * 2,
    );
    if (overlaps) continue;
    placed.push(box);
    shown.add(box.id);
  }
  return shown;
}

/** Rough box of a label: average glyph width is about 0.6 of the font size for the UI fonts we use. */
export function estimateLabelBox(text: string, fontSizePx: number): { widthPx: number; heightPx: number } {
  return { widthPx: text.length * fontSizePx * 0.62 + 6, heightPx: fontSizePx * 1.3 };
}
