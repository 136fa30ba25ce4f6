// Text of one compared figure or key (A, B, difference, change) in the UI language, under small-count
// protection: A or B from 1 to k − 1 is "< k", and then the difference and change are hidden too (they
// would give the small count away). Pure.
import type { ChangeKind, FigureComparison } from '@/domain/analysis/compare-periods';
import { cellText, countText } from '@/domain/analysis/protected-count-text';
import { isSmallCount } from '@/domain/analysis/protect-count';
import type { CellProtection } from '@/domain/analysis/suppress-table';
import { LOCALES, type Formatters } from '@/i18n/translate';
import { formatSigned } from './chart-format';

export interface CompareCells {
  readonly a: string;
  readonly b: string;
  readonly difference: string;
  readonly change: string;
  /** 'up' / 'down' / … for colouring; 'hidden' under protection. */
  readonly kind: ChangeKind | 'hidden';
}

export type CompareFormatters = Pick<Formatters, 't' | 'formatNumber' | 'language'>;

/** A percentage with one decimal below 10 %, whole above ("+4.5", "−12"), in the UI language. */
export function formatPercentChange(percent: number, f: Pick<Formatters, 'language'>): string {
  const abs = Math.abs(percent);
  const text = new Intl.NumberFormat(LOCALES[f.language], { maximumFractionDigits: abs < 10 ? 1 : 0 }).format(
    abs,
  );
  if (/^0([.,]0)?$/.test(text)) return text;
  return `${percent > 0 ? '+' : '−'}${text}`;
}

function changeWords(c: FigureComparison, f: CompareFormatters): string {
  switch (c.change) {
    case 'new':
      return f.t('analysis.compare.change.new');
    case 'gone':
      return f.t('analysis.compare.change.gone');
    case 'none':
      return f.t('analysis.compare.change.none');
    case 'same':
      return f.t('analysis.compare.change.same');
    case 'up':
    case 'down':
      return f.t('analysis.compare.percentValue', {
        percent: formatPercentChange(c.percentChange ?? 0, f),
      });
  }
}

/**
 * Cells of a comparison. `states` are the table's protection states of A and B when it was protected
 * with totals (key figures); otherwise the primary rule alone is applied with k.
 */
export function compareCells(
  c: FigureComparison,
  k: number,
  f: CompareFormatters,
  states?: { readonly a: CellProtection; readonly b: CellProtection },
): CompareCells {
  const mark = f.t('analysis.protect.hiddenMark');
  const stateA = states?.a ?? (isSmallCount(c.a, k) ? 'primary' : 'shown');
  const stateB = states?.b ?? (isSmallCount(c.b, k) ? 'primary' : 'shown');
  const a = states ? cellText(c.a, stateA, k, f.formatNumber, mark) : countText(c.a, k, f.formatNumber);
  const b = states ? cellText(c.b, stateB, k, f.formatNumber, mark) : countText(c.b, k, f.formatNumber);
  if (stateA !== 'shown' || stateB !== 'shown') {
    const hidden = f.t('analysis.compare.hiddenChange');
    return { a, b, difference: '—', change: hidden, kind: 'hidden' };
  }
  return {
    a,
    b,
    difference: formatSigned(c.difference, f.formatNumber),
    change: changeWords(c, f),
    kind: c.change,
  };
}
