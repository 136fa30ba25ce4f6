import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRankedRows, type RankedEntry } from './to-ranked-rows';

const e = (key: string, value: number, code = 0): RankedEntry => ({ key, code, value });

describe('toRankedRows', () => {
  it('ranks largest first with shares of the total, leaving out zeros', () => {
    const out = toRankedRows([e('IRN', 20, 1), e('AFG', 60, 0), e('LKA', 0, 2), e('IRQ', 20, 3)]);
    expect(out.total).toBe(100);
    expect(out.rows).toEqual([
      { key: 'AFG', code: 0, value: 60, share: 0.6, members: 1 },
      { key: 'IRN', code: 1, value: 20, share: 0.2, members: 1 },
      { key: 'IRQ', code: 3, value: 20, share: 0.2, members: 1 },
    ]);
  });

  it('rolls everything after the limit into "other"', () => {
    const out = toRankedRows([e('a', 50), e('b', 30), e('c', 10), e('d', 6), e('e', 4)], 2);
    expect(out.rows.map((r) => [r.key, r.value, r.members])).toEqual([
      ['a', 50, 1],
      ['b', 30, 1],
      [null, 20, 3],
    ]);
    expect(out.rows[2]?.share).toBeCloseTo(0.2);
  });

  it('shows a single extra entry itself, not as "other"', () => {
    expect(toRankedRows([e('a', 3), e('b', 2), e('c', 1)], 2).rows.map((r) => r.key)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('is empty for no values', () => {
    expect(toRankedRows([e('a', 0)])).toEqual({ rows: [], total: 0 });
  });

  it('gives what sorting every entry gives, for any entries and limit', () => {
    // The reference: sort all positive entries (stable), keep the limit, roll up the rest.
    const bySort = (entries: readonly RankedEntry[], limit: number): unknown => {
      const ranked = entries
        .filter((x) => x.value > 0)
        .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const total = ranked.reduce((sum, x) => sum + x.value, 0);
      const kept = ranked.length > limit + 1 ? ranked.slice(0, limit) : ranked;
      const rest = ranked.slice(kept.length);
      const rows: (string | number | null)[][] = kept.map((x) => [x.key, x.code, x.value, 1]);
      if (rest.length > 0) rows.push([null, -1, rest.reduce((sum, x) => sum + x.value, 0), rest.length]);
      return { rows, total };
    };
    const entry = fc.record({
      key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      code: fc.nat(20),
      value: fc.integer({ min: -2, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 10 }), (entries, limit) => {
        const out = toRankedRows(entries, limit);
        expect({ rows: out.rows.map((r) => [r.key, r.code, r.value, r.members]), total: out.total }).toEqual(
          bySort(entries, limit),
        );
      }),
      { numRuns: 500 },
    );
  });
});
