// The accessible alternative of a chart: a real table (caption, column and row headers) in a <details>,
// built only while the details are open. Closed, its content is hidden from everyone (screen readers
// too); built anyway, its cells were most of the DOM a file's load created (180 months × the stacks) and
// text every brush step and language switch rewrote.
import { useState } from 'react';
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
  /** The rows, asked for only while the table is open (formatting every cell is part of the cost). */
  readonly makeRows: () => readonly DataTableRow[];
  readonly testId: string;
}

export function DataTable({ caption, head, makeRows, testId }: DataTableProps): React.JSX.Element {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="data-table"
      data-testid={testId}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('charts.table.summary')}</summary>
      {open && <TableBody caption={caption} head={head} rows={makeRows()} />}
    </details>
  );
}

function TableBody({
  caption,
  head,
  rows,
}: {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly DataTableRow[];
}): React.JSX.Element {
  return (
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
  );
}
