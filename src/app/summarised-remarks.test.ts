import { describe, expect, it } from 'vitest';
import type { LoadIssue } from '@/data/load-report';
import { countRemarks, featureRanges } from './summarised-remarks';

const derived = (index: number): LoadIssue<string> => ({
  index,
  id: `row-${index + 2}`,
  field: 'id',
  code: 'id-derived',
  value: `row-${index + 2}`,
});

describe('summarised remarks', () => {
  it('counts derived ids as one remark, every other reason by its count', () => {
    expect(
      countRemarks([
        { code: 'id-derived', count: 1200 },
        { code: 'coordinates-swapped', count: 3 },
      ]),
    ).toBe(4);
    expect(countRemarks([])).toBe(0);
  });

  it('lists the features of the kept samples as ranges, 1-based and sorted', () => {
    const samples = [0, 1, 2, 3, 8, 11, 12, 13].map(derived).reverse();
    expect(featureRanges(samples, String)).toBe('1–4, 9, 12–14');
    expect(featureRanges([derived(5)], String)).toBe('6');
  });
});
