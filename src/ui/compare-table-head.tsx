// The header row of every table comparing two periods (Analysis tab, its lists, the print pack): a first
// column naming the row, then A, B, the difference and the change in percent.
import { useI18n } from '@/i18n/i18n-context';

export function CompareTableHead({
  firstColumn,
}: {
  /** What the rows are: a key figure, or a name (route leg, site). */
  readonly firstColumn: 'figure' | 'name';
}): React.JSX.Element {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">
          {t(firstColumn === 'figure' ? 'analysis.compare.figure' : 'analysis.compare.name')}
        </th>
        <th scope="col">{t('analysis.compare.a')}</th>
        <th scope="col">{t('analysis.compare.b')}</th>
        <th scope="col">{t('analysis.compare.difference')}</th>
        <th scope="col">{t('analysis.compare.percent')}</th>
      </tr>
    </thead>
  );
}
