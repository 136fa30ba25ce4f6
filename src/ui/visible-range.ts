// Which rows of a fixed-row-height list a scroll position shows, and where to scroll to show a row: the
// pure arithmetic of the virtual list (ui/virtual-list.tsx), kept apart so it can be tested without a DOM.

export interface VisibleRangeInput {
  /** The scroll container's scrollTop, px. */
  readonly scrollTopPx: number;
  /** The scroll container's visible height, px. */
  readonly viewportHeightPx: number;
  /** Height of every row, px (> 0). */
  readonly rowHeightPx: number;
  readonly rowCount: number;
  /** Rows rendered beyond each edge of the viewport, so a short scroll shows no blank rows. */
  readonly overscanRows: number;
}

/** Rows `start` (inclusive) to `end` (exclusive); `start === end` for none. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The rows to render: those any part of which lies in the viewport, plus `overscanRows` on each side,
 * clamped to the list. A scroll position past the end (the list just got shorter) shows its last rows.
 */
export function computeVisibleRange(input: VisibleRangeInput): RowRange {
  const { rowCount, overscanRows } = input;
  if (rowCount <= 0 || !(input.rowHeightPx > 0)) return { start: 0, end: 0 };
  const viewportPx = Math.max(0, input.viewportHeightPx);
  const maxScrollPx = Math.max(0, rowCount * input.rowHeightPx - viewportPx);
  const scrollPx = Math.min(Math.max(0, input.scrollTopPx), maxScrollPx);
  const first = Math.floor(scrollPx / input.rowHeightPx);
  // A row whose top is at the viewport's bottom edge is not visible.
  const last = Math.ceil((scrollPx + viewportPx) / input.rowHeightPx);
  const overscan = Math.max(0, Math.floor(overscanRows));
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(rowCount, Math.max(last, first + 1) + overscan),
  };
}

/**
 * The scrollTop (px) that shows row `row` whole with the least movement from `scrollTopPx`: unchanged
 * when it is already whole in view, else aligned to the nearer edge.
 */
export function scrollTopToShowRow(
  row: number,
  scrollTopPx: number,
  viewportHeightPx: number,
  rowHeightPx: number,
): number {
  const topPx = row * rowHeightPx;
  const bottomPx = topPx + rowHeightPx;
  if (topPx < scrollTopPx) return topPx;
  if (bottomPx > scrollTopPx + viewportHeightPx) return Math.max(0, bottomPx - viewportHeightPx);
  return scrollTopPx;
}
