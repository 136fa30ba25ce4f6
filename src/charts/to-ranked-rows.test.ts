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
});
