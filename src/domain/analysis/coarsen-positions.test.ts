import { describe, expect, it } from 'vitest';
import { coarsenPositions, PROTECTED_POINT_CELL_DEG } from './coarsen-positions';

describe('coarsenPositions', () => {
  it('moves every point to the centre of its half-degree cell', () => {
    const out = coarsenPositions(
      Float32Array.from([105.68, -10.42, 123.01, -10.99]),
      PROTECTED_POINT_CELL_DEG,
    );
    expect(Array.from(out)).toEqual([105.75, -10.25, 123.25, -10.75]);
  });

  it('gives points of one cell the same position', () => {
    const out = coarsenPositions(Float32Array.from([110.1, -8.1, 110.4, -8.4]), 0.5);
    expect(out[0]).toBe(out[2]);
    expect(out[1]).toBe(out[3]);
  });
});
