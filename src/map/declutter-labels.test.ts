import { describe, expect, it } from 'vitest';
import { declutterLabels, estimateLabelBox, type LabelBox } from './declutter-labels';

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
