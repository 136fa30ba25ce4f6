import { describe, expect, it } from 'vitest';
import { compareFigures } from '@/domain/analysis/compare-periods';
import { createFormatters } from '@/i18n/translate';
import { compareCells, formatPercentChange } from './compare-text';

const en = createFormatters('en');
const id = createFormatters('id');

describe('compareCells', () => {
  it('writes A, B, the signed difference and the change in percent', () => {
    expect(compareCells(compareFigures(153, 120), 0, en)).toEqual({
      a: '153',
      b: '120',
      difference: '−33',
      change: '−22%',
      kind: 'down',
    });
    expect(compareCells(compareFigures(1200, 1250), 0, id)).toMatchObject({
      a: '1.200',
      difference: '+50',
      change: '+4,2%',
    });
    expect(compareCells(compareFigures(0, 7), 0, en).change).toBe('new in B');
    expect(compareCells(compareFigures(7, 0), 0, en).change).toBe('gone in B (−100%)');
  });

  it('hides the difference and change when A or B is a small count', () => {
    // 3 → 40 would give the hidden 3 away as 40 − 37.
    expect(compareCells(compareFigures(3, 40), 5, en)).toEqual({
      a: '< 5',
      b: '40',
      difference: '—',
      change: 'hidden (small count)',
      kind: 'hidden',
    });
    expect(compareCells(compareFigures(0, 40), 5, en).difference).toBe('+40');
    expect(compareCells(compareFigures(30, 40), 5, en, { a: 'secondary', b: 'shown' })).toMatchObject({
      a: '[c]',
      difference: '—',
    });
  });
});

describe('formatPercentChange', () => {
  it('keeps one decimal below 10 % and none above, with a true minus sign', () => {
    expect(formatPercentChange(4.5, en)).toBe('+4.5');
    expect(formatPercentChange(-12.4, en)).toBe('−12');
    expect(formatPercentChange(0.01, en)).toBe('0');
    expect(formatPercentChange(-4.56, id)).toBe('−4,6');
  });
});
