import { describe, expect, it } from 'vitest';
import { isOnSideB, nextSwipePct, swipeClipPaths, swipePctAt } from './swipe-geometry';

describe('the swipe divider', () => {
  it('moves by 1 % per arrow key, 10 % with Shift or Page keys, and stops 5 % inside the edges', () => {
    expect(nextSwipePct('ArrowRight', 50, false)).toBe(51);
    expect(nextSwipePct('ArrowUp', 50, false)).toBe(51);
    expect(nextSwipePct('ArrowLeft', 50, false)).toBe(49);
    expect(nextSwipePct('ArrowLeft', 50, true)).toBe(40);
    expect(nextSwipePct('PageUp', 90, false)).toBe(95);
    expect(nextSwipePct('ArrowLeft', 5, false)).toBe(5);
    expect(nextSwipePct('Home', 50, false)).toBe(5);
    expect(nextSwipePct('End', 50, false)).toBe(95);
    expect(nextSwipePct('Enter', 50, false)).toBeNull();
  });

  it('follows the pointer as a whole percent of the map box', () => {
    // 100 px box starting at 200 px: 237.4 px is 37.4 % → 37.
    expect(swipePctAt(237.4, 200, 100)).toBe(37);
    expect(swipePctAt(0, 200, 100)).toBe(5);
    expect(swipePctAt(500, 200, 100)).toBe(95);
  });

  it('clips A to the left of the divider and B to its right', () => {
    expect(swipeClipPaths(30)).toEqual({ a: 'inset(0 70% 0 0)', b: 'inset(0 0 0 30%)' });
    expect(isOnSideB(299, 1000, 30)).toBe(false);
    expect(isOnSideB(300, 1000, 30)).toBe(true);
  });
});
