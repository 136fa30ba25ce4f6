import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeValueTicks } from './value-ticks';

describe('makeValueTicks', () => {
  it('picks round steps from zero to a top at or above the largest value', () => {
    expect(makeValueTicks(1234)).toEqual({ ticks: [0, 500, 1000, 1500], top: 1500 });
    expect(makeValueTicks(130)).toEqual({ ticks: [0, 50, 100, 150], top: 150 });
    expect(makeValueTicks(3)).toEqual({ ticks: [0, 1, 2, 3], top: 3 });
    // Nothing to draw: one step, so bars of zero stay on the axis and nothing divides by zero.
    expect(makeValueTicks(0)).toEqual({ ticks: [0, 1], top: 1 });
  });

  it('always gives whole, evenly spaced 1-2-5 steps covering the value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), (max) => {
        const { ticks, top } = makeValueTicks(max);
        const step = ticks[1]! - ticks[0]!;
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(top);
        expect(top).toBeGreaterThanOrEqual(max);
        expect(top - step).toBeLessThan(max);
        expect(Number.isInteger(step)).toBe(true);
        expect(String(step)).toMatch(/^[125]0*$/);
        ticks.forEach((t, i) => expect(t).toBe(i * step));
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(11);
      }),
    );
  });
});
