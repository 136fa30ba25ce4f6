import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVisibleRange, scrollTopToShowRow } from './visible-range';

const base = { viewportHeightPx: 100, rowHeightPx: 20, rowCount: 1000, overscanRows: 0 };

describe('computeVisibleRange', () => {
  it('shows the rows under the viewport at the top of the list', () => {
    expect(computeVisibleRange({ ...base, scrollTopPx: 0 })).toEqual({ start: 0, end: 5 });
  });

  it('counts a row cut by either edge as visible', () => {
    // 30 px down: row 1 is half hidden above, rows 1..6 touch the viewport (130 px is inside row 6).
    expect(computeVisibleRange({ ...base, scrollTopPx: 30 })).toEqual({ start: 1, end: 7 });
  });

  it('adds overscan rows on both sides, clamped to the list', () => {
    expect(computeVisibleRange({ ...base, scrollTopPx: 200, overscanRows: 3 })).toEqual({
      start: 7,
      end: 18,
    });
    expect(computeVisibleRange({ ...base, scrollTopPx: 0, overscanRows: 3 })).toEqual({ start: 0, end: 8 });
    expect(computeVisibleRange({ ...base, rowCount: 6, scrollTopPx: 20, overscanRows: 3 })).toEqual({
      start: 0,
      end: 6,
    });
  });

  it('shows the last rows when the scroll position is past the end (the list got shorter)', () => {
    expect(computeVisibleRange({ ...base, rowCount: 10, scrollTopPx: 5000 })).toEqual({ start: 5, end: 10 });
  });

  it('shows every row of a list shorter than the viewport, and none of an empty list', () => {
    expect(computeVisibleRange({ ...base, rowCount: 3, scrollTopPx: 0 })).toEqual({ start: 0, end: 3 });
    expect(computeVisibleRange({ ...base, rowCount: 0, scrollTopPx: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('always covers the viewport and stays within the list (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10 }),
        (rowCount, rowHeightPx, viewportHeightPx, scrollTopPx, overscanRows) => {
          const { start, end } = computeVisibleRange({
            rowCount,
            rowHeightPx,
            viewportHeightPx,
            scrollTopPx,
            overscanRows,
          });
          expect(0 <= start && start <= end && end <= rowCount).toBe(true);
          if (rowCount === 0) return;
          // Every row that overlaps the (clamped) viewport is rendered.
          const maxScroll = Math.max(0, rowCount * rowHeightPx - viewportHeightPx);
          const top = Math.min(scrollTopPx, maxScroll);
          for (let row = 0; row < rowCount; row++) {
            const overlaps = row * rowHeightPx < top + viewportHeightPx && (row + 1) * rowHeightPx > top;
            if (overlaps) expect(row >= start && row < end).toBe(true);
          }
          // Never more than the viewport's rows plus the overscan and the two cut rows.
          expect(end - start).toBeLessThanOrEqual(
            Math.ceil(viewportHeightPx / rowHeightPx) + 2 + 2 * overscanRows,
          );
        },
      ),
    );
  });
});

describe('scrollTopToShowRow', () => {
  it('leaves the scroll alone when the row is whole in view', () => {
    expect(scrollTopToShowRow(3, 40, 100, 20)).toBe(40);
  });

  it('scrolls up to the row when it is above, down just enough when below', () => {
    expect(scrollTopToShowRow(1, 40, 100, 20)).toBe(20);
    // Row 9 spans 180..200: its bottom at the viewport's bottom edge.
    expect(scrollTopToShowRow(9, 40, 100, 20)).toBe(100);
  });

  it('puts a row under the scrolled range in the viewport (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 50, max: 600 }),
        (row, scrollTopPx, rowHeightPx, viewportHeightPx) => {
          const top = scrollTopToShowRow(row, scrollTopPx, viewportHeightPx, rowHeightPx);
          expect(row * rowHeightPx).toBeGreaterThanOrEqual(top);
          expect((row + 1) * rowHeightPx).toBeLessThanOrEqual(top + viewportHeightPx);
        },
      ),
    );
  });
});
