// Two periods compared: the form, the key figures A, B, difference and change, both monthly series
// overlaid, the route legs and sites that appeared, disappeared or changed most, and a switch that shows
// A or B on the map, or both with a swipe (one flow width scale for both). The periods live in the link
// (ca, cb; the swipe csw, csx).
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isSmallCount } from '@/domain/analysis/protect-count';
import { countText } from '@/domain/analysis/protected-count-text';
import type { DayRange, EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { monthToEpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { KpiId } from '@/charts/kpi-values';
import { makeCompareView, resolveComparePeriods, type CompareView } from '@/charts/compare-view';
import { periodLabel } from '@/charts/period-label';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages-en';
import { selectSmallCountK } from '@/state/select-protection';
import { useAppStore } from '@/state/store';
import { ComparePeriodsForm } from './compare-periods-form';
import { CompareLists } from './compare-lists';
import { CompareSeriesChart } from './compare-series-chart';
import { compareCells } from '@/charts/compare-text';
import { CompareTableHead } from '@/ui/compare-table-head';

const FIGURE_LABELS: Readonly<Record<KpiId, MessageKey>> = {
  'landed-people': 'charts.kpi.landedPeople',
  'landed-boats': 'charts.kpi.landedBoats',
  departures: 'charts.kpi.departures',
  'turned-back': 'charts.kpi.turnedBack',
  disrupted: 'charts.kpi.disrupted',
  rescued: 'charts.kpi.rescued',
  'lost-at-sea': 'charts.kpi.lostAtSea',
  deaths: 'charts.kpi.deaths',
  records: 'charts.kpi.records',
};

const sameRange = (x: DayRange | null, y: DayRange): boolean =>
  x !== null && x.startDay === y.startDay && x.endDay === y.endDay;

export interface CompareSectionProps {
  readonly table: EventTable;
  readonly filters: EventFilters;
}

export function CompareSection({ table, filters }: CompareSectionProps): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatNumber, formatMonth, formatDate } = i18n;
  const dates = { formatMonth, formatDate };
  const { compareA, compareB, measure, timeRange, flowScaleToView, swipe } = useAppStore(
    useShallow((s) => ({
      swipe: s.compareSwipe,
      compareA: s.compareA,
      compareB: s.compareB,
      measure: s.measure,
      timeRange: s.filters.timeRange,
      flowScaleToView: s.flowScaleToView,
    })),
  );
  const k = useAppStore(selectSmallCountK);
  const periods = useMemo(
    () => resolveComparePeriods(compareA, compareB, timeRange, table),
    [compareA, compareB, timeRange, table],
  );
  const view: CompareView = useMemo(
    () => makeCompareView(table, filters, periods, measure, k),
    [table, filters, periods, measure, k],
  );
  const labelA = periodLabel(periods.a, table, dates);
  const labelB = periodLabel(periods.b, table, dates);
  const measureWord = t(MEASURE_LABEL_KEY[measure]);
  const dataEnd = monthToEpochDay((table.firstMonth + table.monthCount) as EpochMonth);
  const outside = (
    [
      [periods.a, labelA],
      [periods.b, labelB],
    ] as const
  ).filter(([p]) => p.startDay < table.baseDay || p.endDay > dataEnd);
  const sum = (values: readonly number[]): number =>
    values.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
  const masked = (values: readonly number[]): number[] => values.map((v) => (isSmallCount(v, k) ? NaN : v));
  const legName = (key: string): string => {
    const leg = view.legNames.get(key);
    if (leg === undefined) return key;
    return leg.fromName === ''
      ? leg.routeName
      : t('analysis.compare.legName', { route: leg.routeName, from: leg.fromName, to: leg.toName });
  };
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const setFlowScaleToView = useAppStore((s) => s.setFlowScaleToView);
  const setSwipe = useAppStore((s) => s.setCompareSwipe);
  const showPeriod = (range: DayRange): void => {
    setSwipe(false);
    setTimeRange({ ...range });
  };

  return (
    <section aria-labelledby="analysis-compare-heading" data-testid="analysis-compare">
      <h2 id="analysis-compare-heading">{t('analysis.compare.heading')}</h2>
      <p className="analysis-note">{t('analysis.compare.intro')}</p>
      <ComparePeriodsForm table={table} periods={periods} />
      {(compareA === null || compareB === null) && (
        <p className="analysis-note" data-testid="compare-default-note">
          {t('analysis.compare.defaultNote')}
        </p>
      )}
      {outside.map(([, label], i) => (
        <p key={`${label}-${i}`} className="analysis-warning" data-testid="compare-outside">
          {t('analysis.compare.outsideData', {
            period: String(label),
            data: periodLabel(null, table, dates),
          })}
        </p>
      ))}
      {view.overlap && (
        <p className="analysis-warning" data-testid="compare-overlap">
          {t('analysis.compare.overlap')}
        </p>
      )}

      <h3>{t('analysis.compare.map')}</h3>
      <div className="segmented-choice" role="group" aria-label={t('analysis.compare.mapShow')}>
        <button
          type="button"
          aria-pressed={!swipe && sameRange(timeRange, periods.a)}
          onClick={() => showPeriod(periods.a)}
          data-testid="compare-map-a"
        >
          {t('analysis.compare.mapA')}
        </button>
        <button
          type="button"
          aria-pressed={!swipe && sameRange(timeRange, periods.b)}
          onClick={() => showPeriod(periods.b)}
          data-testid="compare-map-b"
        >
          {t('analysis.compare.mapB')}
        </button>
        <button
          type="button"
          aria-pressed={swipe}
          onClick={() => setSwipe(!swipe)}
          data-testid="compare-map-swipe"
        >
          {t('analysis.compare.mapSwipe')}
        </button>
      </div>
      <p className="analysis-note">{t(swipe ? 'analysis.swipe.note' : 'analysis.compare.mapNote')}</p>
      {flowScaleToView && !swipe && (
        <p className="analysis-warning" data-testid="compare-scale-warning">
          {t('analysis.compare.mapScaleToView')}{' '}
          <button type="button" onClick={() => setFlowScaleToView(false)}>
            {t('analysis.compare.mapOneScale')}
          </button>
        </p>
      )}

      <h3 id="compare-figures-heading">{t('analysis.compare.figures')}</h3>
      <p className="analysis-note" data-testid="compare-periods-label">
        {`${t('analysis.compare.a')}: ${labelA} · ${t('analysis.compare.b')}: ${labelB}`}
      </p>
      <table
        className="analysis-table"
        aria-labelledby="compare-figures-heading"
        data-testid="compare-figures"
      >
        <CompareTableHead firstColumn="figure" />
        <tbody>
          {view.figures.map((figure) => {
            const cells = compareCells(figure, k, i18n, { a: figure.stateA, b: figure.stateB });
            return (
              <tr key={figure.id} data-testid={`compare-figure-${figure.id}`}>
                <th scope="row">{t(FIGURE_LABELS[figure.id])}</th>
                <td data-testid={`compare-figure-${figure.id}-a`}>{cells.a}</td>
                <td data-testid={`compare-figure-${figure.id}-b`}>{cells.b}</td>
                <td data-testid={`compare-figure-${figure.id}-difference`}>{cells.difference}</td>
                <td className={`change-${cells.kind}`} data-testid={`compare-figure-${figure.id}-change`}>
                  {cells.change}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{t('analysis.compare.series', { measure: measureWord })}</h3>
      <p className="analysis-note">
        {t('analysis.compare.seriesNote', {
          scope: t(
            view.series.scope === 'interceptions'
              ? 'charts.series.scopeInterceptions'
              : 'charts.series.scopeDepartures',
          ),
        })}
      </p>
      <ul className="compare-legend" aria-hidden="true">
        <li>
          <i />
          {`${t('analysis.compare.a')}: ${labelA}`}
        </li>
        <li className="is-b">
          <i />
          {`${t('analysis.compare.b')}: ${labelB}`}
        </li>
      </ul>
      <div className="compare-series">
        <CompareSeriesChart
          series={{ ...view.series, a: masked(view.series.a), b: masked(view.series.b) }}
          formatNumber={formatNumber}
          label={t('analysis.compare.seriesSummary', {
            a: countText(sum(view.series.a), k, formatNumber),
            b: countText(sum(view.series.b), k, formatNumber),
            measure: measureWord,
            monthsA: view.series.monthsA.endMonth - view.series.monthsA.startMonth,
            monthsB: view.series.monthsB.endMonth - view.series.monthsB.startMonth,
          })}
        />
      </div>
      <details className="data-table" data-testid="compare-series-table">
        <summary>{t('charts.table.summary')}</summary>
        <table className="analysis-table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.compare.month')}</th>
              <th scope="col">{t('analysis.compare.a')}</th>
              <th scope="col">{t('analysis.compare.b')}</th>
            </tr>
          </thead>
          <tbody>
            {view.series.a.map((a, i) => {
              const b = view.series.b[i] ?? NaN;
              return (
                <tr key={i}>
                  <th scope="row">{t('analysis.compare.monthN', { n: i + 1 })}</th>
                  <td>{Number.isFinite(a) ? countText(a, k, formatNumber) : ''}</td>
                  <td>{Number.isFinite(b) ? countText(b, k, formatNumber) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>

      <CompareLists
        title={t('analysis.compare.legs', { measure: measureWord })}
        testId="compare-legs"
        comparison={view.legs}
        nameOf={legName}
        k={k}
      />
      <CompareLists
        title={t('analysis.compare.sites', { measure: measureWord })}
        testId="compare-sites"
        comparison={view.sites}
        nameOf={(name) => name}
        k={k}
      />
    </section>
  );
}
