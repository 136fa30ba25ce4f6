// The swipe's pure parts: where the divider goes on a key press, and the CSS clips of the two sides.
import { SWIPE_MAX_PCT, SWIPE_MIN_PCT, clampSwipePct } from '@/state/analysis-slice';

/** The divider after a key press (percent of the map's width), or null for a key the slider ignores. */
export function nextSwipePct(key: string, pct: number, largeStep: boolean): number | null {
  const step = largeStep ? 10 : 1;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampSwipePct(pct - step);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampSwipePct(pct + step);
    case 'PageDown':
      return clampSwipePct(pct - 10);
    case 'PageUp':
      return clampSwipePct(pct + 10);
    case 'Home':
      return SWIPE_MIN_PCT;
    case 'End':
      return SWIPE_MAX_PCT;
    default:
      return null;
  }
}

/** The divider under a pointer at `clientX` over a map whose box starts at `leftPx` and is `widthPx` wide. */
export function swipePctAt(clientX: number, leftPx: number, widthPx: number): number {
  return widthPx > 0 ? clampSwipePct(((clientX - leftPx) / widthPx) * 100) : 50;
}

/**
 * CSS clips for the canvases of each side: A keeps what lies left of the divider, B what lies right of
 * it. Clipping is done by the compositor, so moving the divider redraws no canvas.
 */
export function swipeClipPaths(pct: number): { readonly a: string; readonly b: string } {
  return { a: `inset(0 ${100 - pct}% 0 0)`, b: `inset(0 0 0 ${pct}%)` };
}

/** Whether a pointer at `xPx` (from the map's left edge) is on side B of the divider. */
export function isOnSideB(xPx: number, widthPx: number, pct: number): boolean {
  return xPx >= (widthPx * pct) / 100;
}
