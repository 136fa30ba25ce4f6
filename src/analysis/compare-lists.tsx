// The ranked lists of a comparison (appeared, gone, changed most, changed most in percent) for one kind
// of key (route legs or sites), each as a small table: name, A, B, difference, change.
import type { KeyComparison, PeriodComparison } from '@/domain/analysis/compare-periods';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages-en';
import { compareCells } from '@/charts/compare-text';
import { CompareTableHead } from '@/ui/compare-table-head';

const LISTS: readonly { readonly id: keyof Omit<PeriodComparison, 'rows'>; readonly title: MessageKey }[] = [
  { id: 'appeared', title: 'analysis.compare.appeared' },
  { id: 'disappeared', title: 'analysis.compare.disappeared' },
  { id: 'largestAbsolute', title: 'analysis.compare.largestAbsolute' },
  { id: 'largestRelative', title: 'analysis.compare.largestRelative' },
];

export interface CompareListsProps {
  readonly title: string;
  readonly testId: string;
  readonly comparison: PeriodComparison;
  readonly nameOf: (key: string) => string;
  readonly k: number;
}

export function CompareLists({ title, testId, comparison, nameOf, k }: CompareListsProps): React.JSX.Element {
  const i18n = useI18n();
  const { t } = i18n;
  const table = (rows: readonly KeyComparison[], listTitle: string, listId: string): React.JSX.Element => (
    <table className="analysis-table" data-testid={`${testId}-${listId}`}>
      <caption className="visually-hidden">{`${title}: ${listTitle}`}</caption>
      <CompareTableHead firstColumn="name" />
      <tbody>
        {rows.map((row) => {
          const cells = compareCells(row, k, i18n);
          return (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">
                <bdi>{nameOf(row.key)}</bdi>
              </th>
              <td>{cells.a}</td>
              <td>{cells.b}</td>
              <td>{cells.difference}</td>
              <td className={`change-${cells.kind}`}>{cells.change}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <div className="compare-lists" data-testid={testId}>
      <h3>{title}</h3>
      {LISTS.map(({ id, title: listTitle }) => {
        const rows = comparison[id];
        return (
          <div key={id} className="compare-list">
            <h4>{t(listTitle)}</h4>
            {rows.length === 0 ? (
              <p className="analysis-note">{t('analysis.compare.noRows')}</p>
            ) : (
              table(rows, t(listTitle), id)
            )}
          </div>
        );
      })}
    </div>
  );
}
