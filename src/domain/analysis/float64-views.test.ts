import { describe, expect, it } from 'vitest';
import { makeFloat64Carver, withFloat64Arena } from './float64-views';

describe('makeFloat64Carver', () => {
  it('hands out consecutive zeroed views and refuses more than its total', () => {
    const take = makeFloat64Carver(5);
    const a = take(2);
    const b = take(3);
    a.fill(7);
    expect(Array.from(b)).toEqual([0, 0, 0]);
    expect(() => take(1)).toThrow(RangeError);
  });

  it('in an arena scope: regions are zeroed again for the next scope, and a nested scope keeps the outer one', () => {
    const first = withFloat64Arena(() => {
      const take = makeFloat64Carver(4);
      const v = take(4);
      v.fill(9);
      return Array.from(v);
    });
    expect(first).toEqual([9, 9, 9, 9]);
    withFloat64Arena(() => {
      const outer = makeFloat64Carver(4)(4);
      // The buffer the previous scope wrote is handed out again, zeroed.
      expect(Array.from(outer)).toEqual([0, 0, 0, 0]);
      outer.fill(1);
      withFloat64Arena(() => makeFloat64Carver(4)(4).fill(2));
      expect(Array.from(outer)).toEqual([1, 1, 1, 1]);
    });
  });

  it('a scope that needs more than the arena holds still gets zeroed arrays of the full size', () => {
    const sums = withFloat64Arena(() => {
      const big = makeFloat64Carver(100_000)(100_000);
      big[99_999] = 3;
      const small = makeFloat64Carver(8)(8);
      return [big.length, big[99_999], small.length, small[0]];
    });
    expect(sums).toEqual([100_000, 3, 8, 0]);
    // The next scope has an arena large enough, and its regions start zeroed.
    const again = withFloat64Arena(() => makeFloat64Carver(100_000)(100_000)[99_999]);
    expect(again).toBe(0);
  });
});
