import { describe, expect, it } from 'vitest';
import { declutterLabels, estimateLabelBox, placeLabels, type LabelBox } from './declutter-labels';

const box = (id: string, xPx: number, yPx: number, rank: number, widthPx = 60, heightPx = 14): LabelBox => ({
  id,
  xPx,
  yPx,
  widthPx,
  heightPx,
  rank,
});

describe('declutterLabels', () => {
  it('keeps the higher-ranked of two overlapping labels', () => {
    const shown = declutterLabels(
      [box('Kupang', 100, 100, 4), box('Christmas Island', 110, 104, 6)],
      800,
      600,
    );
    expect([...shown]).toEqual(['Christmas Island']);
  });

  it('moves a label off a flow line only to a place clear of the labels already placed', () => {
    const flow = { x0Px: 0, y0Px: 100, x1Px: 800, y1Px: 100, halfWidthPx: 6 };
    // Below, right and left are taken by a higher-ranked label just below: the place above is used.
    const placed = placeLabels([box('Below', 400, 125, 9), box('Negombo', 400, 100, 5)], 800, 600, [flow]);
    expect(placed.get('Below')).toEqual([0, 0]);
    const [dx, dy] = placed.get('Negombo')!;
    expect(dx).toBe(0);
    expect(dy).toBeLessThan(-(7 + 6));
  });

  it('moves a label off a flow line when a place beside it is clear, and keeps it on the line otherwise', () => {
    // A thick horizontal flow through the label's default place.
    const flow = { x0Px: 0, y0Px: 100, x1Px: 800, y1Px: 100, halfWidthPx: 6 };
    const placed = placeLabels([box('Negombo', 400, 100, 5)], 800, 600, [flow]);
    const [, dy] = placed.get('Negombo')!;
    expect(Math.abs(dy)).toBeGreaterThan(7 + 6);
    // Flows everywhere around it: the label stays at its default place rather than vanish.
    const flows = [70, 85, 100, 115, 130].map((y) => ({ ...flow, y0Px: y, y1Px: y }));
    const walls = [310, 490].map((x) => ({ x0Px: x, y0Px: 0, x1Px: x, y1Px: 600, halfWidthPx: 40 }));
    expect(placeLabels([box('Negombo', 400, 100, 5)], 800, 600, [...flows, ...walls]).get('Negombo')).toEqual(
      [0, 0],
    );
  });

  it('moves a label for a flow through a corner of its box, not for one that passes beside it', () => {
    // Box of Negombo: x 370…430, y 93…107. A diagonal through its top-left corner (both ends outside).
    const corner = { x0Px: 340, y0Px: 63, x1Px: 400, y1Px: 123, halfWidthPx: 1 };
    expect(placeLabels([box('Negombo', 400, 100, 5)], 800, 600, [corner]).get('Negombo')).not.toEqual([0, 0]);
    // The same line 40 px to the left misses the box by more than its half width.
    const beside = { ...corner, x0Px: 300, x1Px: 360 };
    expect(placeLabels([box('Negombo', 400, 100, 5)], 800, 600, [beside]).get('Negombo')).toEqual([0, 0]);
  });

  it('keeps labels that do not overlap, whatever their rank', () => {
    const shown = declutterLabels(
      [box('a', 100, 100, 1), box('b', 300, 100, 9), box('c', 100, 200, 5)],
      800,
      600,
    );
    expect(shown).toEqual(new Set(['a', 'b', 'c']));
  });

  it('breaks rank ties by list order and drops labels off screen', () => {
    const shown = declutterLabels(
      [box('first', 100, 100, 3), box('second', 105, 100, 3), box('off', -200, 100, 9)],
      800,
      600,
    );
    expect([...shown]).toEqual(['first']);
  });

  it('estimates wider boxes for longer text and bigger fonts', () => {
    expect(estimateLabelBox('Christmas Island', 13).widthPx).toBeGreaterThan(
      estimateLabelBox('Darwin', 13).widthPx,
    );
    expect(estimateLabelBox('Darwin', 20).heightPx).toBeGreaterThan(estimateLabelBox('Darwin', 13).heightPx);
  });
});
