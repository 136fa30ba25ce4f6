// One ranked bar chart (top eight and "other") with its summary and data table. Bars are counted with
// every filter but their own dimension (crossfilter), so ticking one value keeps the others visible: the
// ticked ones are drawn strong, the rest faded.
import { Suspense } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import { protectList } from '@/domain/analysis/protect-list';
import { cellText } from '@/domain/analysis/protected-count-text';
import { selectSmallCountK } from '@/state/select-protection';
import { useAppStore } from '@/state/store';
import { formatShare } from './chart-format';
import { cssRgb, OTHER_COLOR } from '@/theme/palette';
import { DataTable } from './data-table';
import { LazyRankedBarChart } from './lazy-charts';
import type { RankedBar } from './ranked-bar-chart';
import type { RankedView } from './ranked-views';
import { toggleFilter } from './toggle-filter';

export interface RankedSectionProps {
  readonly title: string;
  readonly testId: string;
  /** Period label for the summary. */
  readonly period: string;
  readonly view: RankedView;
  /** Values of the dimension ticked in the (effective) filters. */
  readonly ticked: readonly string[];
  /** Short label of a key (bar axis); `long` for the data table. */
  readonly labelOf: (key: string, long: boolean) => string;
}

export function RankedSection({
  title,
  testId,
  period,
  view,
  ticked,
  labelOf,
}: RankedSectionProps): React.JSX.Element {
  const { t, formatNumber } = useI18n();
  const { ranked, dimension, colorOf } = view;
  // Small-count protection: the rows and their total as one protected list; hidden rows draw no bar.
  const k = useAppStore(selectSmallCountK);
  const protectedRows = protectList(
    ranked.rows.map((row) => row.value),
    k,
  );
  const mark = t('analysis.protect.hiddenMark');
  const stateOf = (i: number): 'shown' | 'primary' | 'secondary' => protectedRows.states[i] ?? 'shown';
  const valueText = (value: number, i: number): string => cellText(value, stateOf(i), k, formatNumber, mark);
  const bars: RankedBar[] = ranked.rows
    .filter((_, i) => stateOf(i) === 'shown')
    .map((row) => ({
      key: row.key,
      label: row.key === null ? t('charts.other', { count: row.members }) : labelOf(row.key, false),
      value: row.value,
      color: cssRgb(row.key === null ? OTHER_COLOR : colorOf(row.code)),
      strong: ticked.length === 0 || (row.key !== null && ticked.includes(row.key)),
    }));
  const first = ranked.rows[0];
  const summary =
    first && first.key !== null
      ? t('charts.ranked.summary', {
          period,
          measure: t(MEASURE_LABEL_KEY[view.measure]),
          total: cellText(ranked.total, protectedRows.totalState, k, formatNumber, mark),
          name: labelOf(first.key, false),
          value: valueText(first.value, 0),
          share: stateOf(0) === 'shown' ? formatShare(first.share, formatNumber) : mark,
        })
      : t('charts.ranked.summaryEmpty', { period });
  const headingId = `${testId}-heading`;

  return (
    <section className="chart-card" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>{title}</h3>
      <p className="chart-summary" data-testid={`${testId}-summary`}>
        {summary}
      </p>
      {ticked.length > 0 && <p className="chart-note">{t('charts.ranked.selected')}</p>}
      {protectedRows.hiddenCount > 0 && (
        <p className="chart-note" data-testid={`${testId}-protected`}>
          {t('analysis.protect.hiddenRows', { count: protectedRows.hiddenCount, k, mark })}
        </p>
      )}
      {bars.length > 0 && (
        <div className="chart-frame" data-testid={`${testId}-chart`}>
          <Suspense fallback={<p className="chart-loading">{t('charts.loading')}</p>}>
            <LazyRankedBarChart
              bars={bars}
              formatNumber={formatNumber}
              onToggle={(key) => toggleFilter(dimension, key)}
            />
          </Suspense>
        </div>
      )}
      <DataTable
        caption={`${title}, ${period}`}
        head={[
          t('charts.table.name'),
          view.measure === 'people' ? t('charts.table.people') : t(MEASURE_LABEL_KEY[view.measure]),
          t('charts.table.share'),
        ]}
        makeRows={() =>
          ranked.rows.map((row, i) => ({
            key: row.key ?? `other-${i}`,
            cells: [
              row.key === null ? t('charts.other', { count: row.members }) : labelOf(row.key, true),
              valueText(row.value, i),
              stateOf(i) === 'shown' ? formatShare(row.share, formatNumber) : mark,
            ],
          }))
        }
        testId={`${testId}-table`}
      />
    </section>
  );
}
