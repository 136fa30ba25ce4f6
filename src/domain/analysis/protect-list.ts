// Protection of a one-way list shown with its total (a ranked table, the key figures of one kind):
// primary suppression of 1 … k − 1 and complementary suppression, so that no hidden value is the total
// minus the shown ones. The list is the one row of a 1 × n table for suppressTable; its row total is the
// list's total. k < 2: everything shown.
import { suppressTable, type CellProtection } from './suppress-table';

export interface ProtectedList {
  readonly k: number;
  /** One state per value, in input order. */
  readonly states: readonly CellProtection[];
  readonly totalState: CellProtection;
  readonly hiddenCount: number;
}

export function protectList(values: readonly number[], k: number): ProtectedList {
  if (k < 2 || values.length === 0) {
    return { k, states: values.map(() => 'shown'), totalState: 'shown', hiddenCount: 0 };
  }
  const table = suppressTable([values], Math.floor(k));
  const states = table.cellState[0] ?? values.map(() => 'shown' as const);
  // A column total of a one-row table is the cell itself: hidden when either is.
  const merged = states.map((s, j): CellProtection => {
    const column = table.columnTotalState[j] ?? 'shown';
    return s !== 'shown' ? s : column;
  });
  return {
    k,
    states: merged,
    totalState:
      (table.rowTotalState[0] ?? 'shown') !== 'shown'
        ? (table.rowTotalState[0] ?? 'shown')
        : table.grandTotalState,
    hiddenCount: merged.filter((s) => s !== 'shown').length,
  };
}
