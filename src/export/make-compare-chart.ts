// The Analysis tab's compared series as an export chart: built from the compare view-model
// (makeCompareView) with the snapshot's periods (the tab's, or its defaults when it was never opened),
// A dashed and B solid, hidden months as "< k" gaps; its footer names both periods and the measure.
// Pure.
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import { makeCompareView, resolveComparePeriods, type ComparePeriodsPair } from '@/charts/compare-view';
import { periodLabel } from '@/charts/period-label';
import { countText } from '@/domain/analysis/protected-count-text';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MapMeasure } from '@/domain/view-options';
import type { Formatters } from '@/i18n/translate';
import { COMPARE_COLOR_A, COMPARE_COLOR_B, renderCompareSvg } from './render-compare-svg';
import type { ChartLegendItem } from './chart-svg';

export interface CompareChartInput {
  readonly table: EventTable;
  readonly filters: EventFilters;
  readonly measure: MapMeasure;
  readonly f: Formatters;
  readonly smallCountK?: number;
  readonly comparePeriods?: ComparePeriodsPair | null;
}

export interface CompareChart {
  readonly title: string;
  readonly summary: string;
  readonly legend: readonly ChartLegendItem[];
  /** Both periods and the measure: the footer's period line. */
  readonly periodLine: string;
  readonly svg: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

const WIDTH_PX = 480;
const HEIGHT_PX = 200;

export function makeCompareChart(input: CompareChartInput): CompareChart | null {
  const { table, filters, measure, f } = input;
  const { t, formatNumber } = f;
  const k = input.smallCountK ?? 0;
  const periods = input.comparePeriods ?? resolveComparePeriods(null, null, filters.timeRange, table);
  const view = makeCompareView(table, filters, periods, measure, k);
  if (view.series.a.length === 0 && view.series.b.length === 0) return null;
  const labelA = periodLabel(periods.a, table, f);
  const labelB = periodLabel(periods.b, table, f);
  const measureWord = t(MEASURE_LABEL_KEY[measure]);
  const sum = (values: readonly number[]): number =>
    values.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
  const drawn = renderCompareSvg(view.series, {
    formatNumber,
    monthLabel: (n) => t('analysis.compare.monthN', { n }),
    nameA: t('analysis.compare.a'),
    nameB: t('analysis.compare.b'),
    smallCountK: k,
    widthPx: WIDTH_PX,
    heightPx: HEIGHT_PX,
  });
  return {
    title: t('analysis.compare.series', { measure: measureWord }),
    summary: t('analysis.compare.seriesSummary', {
      a: countText(sum(view.series.a), k, formatNumber),
      b: countText(sum(view.series.b), k, formatNumber),
      measure: measureWord,
      monthsA: view.series.monthsA.endMonth - view.series.monthsA.startMonth,
      monthsB: view.series.monthsB.endMonth - view.series.monthsB.startMonth,
    }),
    legend: [
      { label: t('export.compareLegendA', { period: labelA }), color: COMPARE_COLOR_A },
      { label: t('export.compareLegendB', { period: labelB }), color: COMPARE_COLOR_B },
    ],
    periodLine: t('export.comparePeriods', { a: labelA, b: labelB, measure: measureWord }),
    ...drawn,
  };
}
