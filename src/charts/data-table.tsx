// The accessible alternative of a chart: a real table (caption, column and row headers) in a <details>.
import { useI18n } from '@/i18n/i18n-context';

export interface DataTableRow {
  /** Stable key, also written to data-key (the filter value where there is one). */
  readonly key: string;
  /** First cell is the row header. */
  readonly cells: readonly string[];
}

export interface DataTableProps {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly DataTableRow[];
  readonly testId: string;
}

export function DataTable({ caption, head, rows, testId }: DataTableProps): React.JSX.Element {
  const { t } = useI18n();
  return (
    <details className="data-table" data-testid={testId}>
      <summary>{t('charts.table.summary')}</summary>
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((label, i) => (
                <th key={i} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
