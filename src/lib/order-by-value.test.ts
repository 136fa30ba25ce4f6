import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByValueDescending } from './order-by-value';

/** The reference: every index, sorted by value (largest first), ties by index. */
const bySort = (values: readonly number[]): number[] =>
  values.map((_, i) => i).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);

describe('orderByValueDescending', () => {
  it('puts the largest first and keeps ties in index order', () => {
    expect(Array.from(orderByValueDescending([5, 80, 5, 0, 80, 20]))).toEqual([1, 4, 5, 0, 2, 3]);
    expect(Array.from(orderByValueDescending([]))).toEqual([]);
  });

  it('gives what a comparator sort gives, for counts up to 2^31 and for fractions beyond', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(count, { maxLength: 300 }), (values) => {
        expect(Array.from(orderByValueDescending(values))).toEqual(bySort(values));
      }),
      { numRuns: 400 },
    );
    const any = fc.oneof(count, fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constant(2 ** 31));
    fc.assert(
      fc.property(fc.array(any, { maxLength: 200 }), (values) => {
        expect(Array.from(orderByValueDescending(values))).toEqual(bySort(values));
      }),
      { numRuns: 400 },
    );
  });

  it('breaks ties by a rank when given one, packed or not', () => {
    const rank = [3, 0, 2, 1];
    expect(Array.from(orderByValueDescending([5, 5, 9, 5], rank))).toEqual([2, 1, 3, 0]);
    expect(Array.from(orderByValueDescending([5.5, 5.5, 9, 5.5], rank))).toEqual([2, 1, 3, 0]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }).chain((values) =>
          fc.tuple(
            fc.constant(values),
            fc.shuffledSubarray(
              values.map((_, i) => i),
              { minLength: values.length },
            ),
          ),
        ),
        ([values, rank]) => {
          const expected = values
            .map((_, i) => i)
            .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || (rank[a] ?? 0) - (rank[b] ?? 0));
          expect(Array.from(orderByValueDescending(values, rank))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sorts 100,000 distinct counts in the packed order', () => {
    const values = Float64Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_003);
    const order = orderByValueDescending(values);
    let inOrder = new Set(order).size === values.length;
    for (let j = 1; j < order.length; j++) {
      const a = values[order[j - 1] ?? 0] ?? 0;
      const b = values[order[j] ?? 0] ?? 0;
      inOrder &&= a > b || (a === b && (order[j - 1] ?? 0) < (order[j] ?? 0));
    }
    expect(inOrder).toBe(true);
  });
});
