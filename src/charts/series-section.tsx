// The series over time: stacked by route, nationality or outcome (chartSplit), per month, quarter or year
// (granularity), of people or boats (measure); with its legend, summary and data table.
import { MEASURE_LABEL_KEY, SERIES_TITLE_KEY } from '@/ui/measure-label';
import { Suspense, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { ChartSplit } from '@/domain/view-options';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { cellText, countText } from '@/domain/analysis/protected-count-text';
import { selectSmallCountK } from '@/state/select-protection';
import { protectSeriesHeights } from './protect-heights';
import { protectSeriesRows } from './protect-series-rows';
import { cssRgb } from '@/theme/palette';
import { bucketLabel } from './bucket-label';
import { formatShare } from './chart-format';
import { DataTable } from './data-table';
import { filterValueLabel } from './filter-value-label';
import { LazySeriesChart } from './lazy-charts';
import { periodLabel } from './period-label';
import { makeSeriesTicks } from './series-ticks';
import type { SeriesChartStack } from './series-chart';
import { makeSeriesView, SPLIT_DIMENSION } from './series-view';
import type { SeriesStack } from './to-series-rows';
import { toggleFilter } from './toggle-filter';
import { useLabelContext } from './use-label-context';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { BoatsKnownNote } from '@/ui/boats-known-note';
import { boatsKnownOfKind } from './boats-known-scope';

const SPLITS: readonly ChartSplit[] = ['route', 'nationality', 'outcome'];
const CHART_HEIGHT_PX = 170;

interface StackView extends SeriesChartStack {
  readonly stack: SeriesStack;
  readonly active: boolean;
}

export interface SeriesSectionProps {
  readonly table: EventTable;
  readonly filters: EventFilters;
}

export function SeriesSection({ table, filters }: SeriesSectionProps): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatNumber, formatMonth, formatDate } = i18n;
  const { split, measure, granularity, setChartSplit } = useAppStore(
    useShallow((s) => ({
      split: s.chartSplit,
      measure: s.measure,
      granularity: s.granularity,
      setChartSplit: s.setChartSplit,
    })),
  );
  const ticked: readonly string[] = useAppStore((s) => s.filters[SPLIT_DIMENSION[split]]);
  const ctx = useLabelContext(table);
  const stacked = useMemo(
    () => makeSeriesView(table, filters, { split, granularity, measure }),
    [table, filters, split, granularity, measure],
  );

  const dimension = stacked.dimension;
  const stacks: StackView[] = stacked.stacks.map(({ stack, color }) => {
    const key = stack.key;
    return {
      stack,
      dataKey: stack.dataKey,
      label:
        key === null
          ? t(split === 'route' ? 'charts.otherRoutes' : 'charts.other', { count: stack.members.length })
          : filterValueLabel(dimension, key, ctx),
      color: cssRgb(color),
      onToggle: key === null ? undefined : () => toggleFilter(dimension, key),
      active: key !== null && ticked.includes(key),
    };
  });

  // Small-count protection of the table (buckets × stacks with their totals) and of the summary.
  const k = useAppStore(selectSmallCountK);
  const mark = t('analysis.protect.hiddenMark');
  const protectedRows = useMemo(
    () =>
      protectSeriesRows(
        stacked.rows,
        stacked.stacks.map((s) => s.stack.dataKey),
        k,
      ),
    [stacked, k],
  );

  // Bars drawn at protected heights (a hidden count as tall as k); the tooltip reads the exact row.
  const drawnRows = useMemo(
    () =>
      protectSeriesHeights(
        stacked.rows,
        stacked.stacks.map((s) => s.stack.dataKey),
        k,
      ),
    [stacked, k],
  );
  const exactOf = useMemo(
    () => new Map(stacked.rows.map((row) => [row.startMonth as number, row])),
    [stacked],
  );

  const period = periodLabel(filters.timeRange, table, { formatMonth, formatDate });
  const measureWord = t(MEASURE_LABEL_KEY[measure]);
  const largest = stacks[0];
  const summary =
    stacked.total > 0 && largest
      ? t('charts.series.summary', {
          period,
          total: cellText(stacked.total, protectedRows.total, k, formatNumber, mark),
          measure: measureWord,
          split: t(`charts.splitWord.${split}`),
          name: largest.label,
          share:
            k >= 2 && largest.stack.total < k
              ? mark
              : formatShare(largest.stack.total / stacked.total, formatNumber),
        })
      : t('charts.series.summaryEmpty', { period });

  const labelOf = (startMonth: number): string => bucketLabel(startMonth as EpochMonth, granularity, i18n);
  const { yearTicks, tickLabel } = makeSeriesTicks(granularity, stacked.rows.length, labelOf);
  const title = t(SERIES_TITLE_KEY[measure], {
    granularity: t(`timeline.${granularity}`),
  });

  return (
    <section className="chart-card" aria-labelledby="series-heading" data-testid="series-section">
      <div className="chart-card-head">
        <h3 id="series-heading">{title}</h3>
        <div className="segmented" role="group" aria-label={t('charts.split.label')}>
          {SPLITS.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={s === split}
              onClick={() => setChartSplit(s)}
              data-testid={`split-${s}`}
            >
              {t(`charts.split.${s}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="chart-note">
        {t(
          stacked.scope === 'interceptions'
            ? 'charts.series.scopeInterceptions'
            : 'charts.series.scopeDepartures',
        )}
      </p>
      <p className="chart-summary" data-testid="series-summary">
        {summary}
      </p>
      {measure === 'boats' && (
        <BoatsKnownNote
          count={boatsKnownOfKind(
            selectBoatsKnown(table, filters),
            stacked.scope === 'interceptions' ? 'interception' : 'departure',
          )}
          f={i18n}
          testId="series-boats-known"
          className="chart-note boats-known-note"
          formatCount={(value) => countText(value, k, formatNumber)}
        />
      )}
      <div className="chart-frame" data-testid="series-chart" style={{ height: CHART_HEIGHT_PX }}>
        <Suspense fallback={<p className="chart-loading">{t('charts.loading')}</p>}>
          <LazySeriesChart
            rows={drawnRows}
            stacks={stacks}
            tickLabel={tickLabel}
            bucketLabel={labelOf}
            formatNumber={formatNumber}
            formatValue={(_drawn, startMonth, dataKey) =>
              countText(exactOf.get(startMonth)?.[dataKey] ?? 0, k, formatNumber)
            }
            everyTick={yearTicks}
            heightPx={CHART_HEIGHT_PX}
            label={title}
          />
        </Suspense>
      </div>
      <ul className="chart-legend" aria-label={t('charts.legend.label')} data-testid="series-legend">
        {stacks.map((s) => (
          <li key={s.dataKey}>
            {s.onToggle ? (
              <button
                type="button"
                aria-pressed={s.active}
                onClick={s.onToggle}
                title={t('charts.legend.toggle', { label: s.label })}
                data-key={s.stack.key ?? ''}
              >
                <i className="swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.label}
              </button>
            ) : (
              <span title={s.stack.members.join(', ')}>
                <i className="swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.label}
              </span>
            )}
          </li>
        ))}
      </ul>
      <DataTable
        caption={`${title}, ${period}`}
        head={[t('charts.table.period'), ...stacks.map((s) => s.label), t('charts.table.total')]}
        makeRows={() =>
          stacked.rows.map((row, r) => ({
            key: String(row.startMonth),
            cells: [
              labelOf(row.startMonth),
              ...stacks.map((s, c) =>
                cellText(row[s.dataKey] ?? 0, protectedRows.cell[r]?.[c] ?? 'shown', k, formatNumber, mark),
              ),
              cellText(row.total, protectedRows.rowTotal[r] ?? 'shown', k, formatNumber, mark),
            ],
          }))
        }
        testId="series-table"
      />
    </section>
  );
}
