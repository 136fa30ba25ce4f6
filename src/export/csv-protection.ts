// Small-count protection of the CSV export's cells: a count from 1 to k − 1 is written "< k", a count
// hidden by complementary suppression is written as the hidden mark; other cells keep their numbers.
// The states come from protectList / suppressTable over the CSV's tables with their totals.
import type { CellProtection } from '@/domain/analysis/suppress-table';
import { isSmallCount } from '@/domain/analysis/protect-count';

export interface CsvProtection {
  /** 0 (or 1): off. */
  readonly k: number;
  /** What a secondary suppression is written as (the UI's mark, e.g. "[c]"). */
  readonly hiddenMark: string;
}

export const NO_CSV_PROTECTION: CsvProtection = { k: 0, hiddenMark: '' };

/** A count cell under protection; `state` from a protected table, else the primary rule alone. */
export function protectedCell(value: number, p: CsvProtection, state?: CellProtection): string | number {
  if (state === 'primary' || (state === undefined && isSmallCount(value, p.k))) return `< ${p.k}`;
  if (state === 'secondary') return p.hiddenMark;
  if (state === 'shown' && isSmallCount(value, p.k)) return `< ${p.k}`;
  return value;
}
