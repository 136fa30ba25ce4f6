// Small-count protection of the series' data table: buckets × stacks, shown with a total per bucket
// (and the series' total in the summary), protected as one table with primary and complementary
// suppression (suppressTable). Pure.
import { suppressTable, type CellProtection } from '@/domain/analysis/suppress-table';
import type { SeriesRow, StackDataKey } from './to-series-rows';

export interface ProtectedSeriesRows {
  readonly k: number;
  /** cell[bucket][stack] in the order of `dataKeys`. */
  readonly cell: readonly (readonly CellProtection[])[];
  readonly rowTotal: readonly CellProtection[];
  readonly total: CellProtection;
  readonly hiddenCount: number;
}

export function protectSeriesRows(
  rows: readonly SeriesRow[],
  dataKeys: readonly StackDataKey[],
  k: number,
): ProtectedSeriesRows {
  const shown = (): ProtectedSeriesRows => ({
    k,
    cell: rows.map(() => dataKeys.map(() => 'shown' as const)),
    rowTotal: rows.map(() => 'shown' as const),
    total: 'shown',
    hiddenCount: 0,
  });
  if (k < 2 || rows.length === 0 || dataKeys.length === 0) return shown();
  const table = suppressTable(
    rows.map((row) => dataKeys.map((key) => row[key] ?? 0)),
    Math.floor(k),
  );
  return {
    k,
    cell: table.cellState,
    rowTotal: table.rowTotalState,
    total: table.grandTotalState,
    hiddenCount: table.primaryCount + table.secondaryCount,
  };
}
