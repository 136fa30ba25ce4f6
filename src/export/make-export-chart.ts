// One Overview chart for an export: its title, summary and legend in words, and the chart drawn as SVG
// from the same view-models the Overview renders (makeSeriesView, makeRankedViews) with the store's
// table, effective filters, split, granularity and measure. No page is read, so it works whichever tab
// is open. Texts follow charts/series-section.tsx and ranked-section.tsx. Pure.
import { MEASURE_LABEL_KEY, SERIES_TITLE_KEY } from '@/ui/measure-label';
import { bucketLabel } from '@/charts/bucket-label';
import { formatShare } from '@/charts/chart-format';
import { filterValueLabel, nationalityLabel, type LabelContext } from '@/charts/filter-value-label';
import { periodLabel } from '@/charts/period-label';
import { rankedTitle } from '@/charts/ranked-title';
import { makeRankedViews, type RankedId } from '@/charts/ranked-views';
import { makeSeriesTicks } from '@/charts/series-ticks';
import { makeSeriesView } from '@/charts/series-view';
import type { RankedRow } from '@/charts/to-ranked-rows';
import type { EpochMonth } from '@/domain/epoch-day';
import { LOCALES } from '@/i18n/translate';
import { cssRgb } from '@/theme/palette';
import type { ChartId } from './chart-ids';
import type { ChartLegendItem } from './chart-svg';
import type { ExportSnapshot } from './export-snapshot';
import { renderRankedSvg } from './render-ranked-svg';
import { renderSeriesSvg } from './render-series-svg';
import { makeCompareChart } from './make-compare-chart';
import { isolateBidi } from '@/lib/isolate-bidi';
import { protectList } from '@/domain/analysis/protect-list';
import { cellText, countText } from '@/domain/analysis/protected-count-text';
import type { CellProtection } from '@/domain/analysis/suppress-table';

export type ExportChartInput = Pick<
  ExportSnapshot,
  'table' | 'filters' | 'measure' | 'split' | 'granularity' | 'f' | 'smallCountK' | 'comparePeriods'
>;

export interface ExportChart {
  readonly id: ChartId;
  readonly title: string;
  readonly summary: string;
  readonly legend: readonly ChartLegendItem[];
  /** The chart's own <svg> element (no title, legend or footer: makeChartSvg adds those). */
  readonly svg: string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** The footer's period line when it is not the time window (the compared chart: both periods). */
  readonly periodLine?: string;
}

/** Sizes of the drawn charts: two fit side by side on an A4 landscape page of the printed briefing. */
const CHART_WIDTH_PX = 480;
const SERIES_HEIGHT_PX = 200;

/** The chart, or null when the Overview draws none (a ranked chart with no bars for these filters). */
export function makeExportChart(input: ExportChartInput, id: ChartId): ExportChart | null {
  if (id === 'compare') {
    const chart = makeCompareChart(input);
    return chart === null ? null : { id, ...chart };
  }
  return id === 'series' ? seriesChart(input) : rankedChart(input, id);
}

function labelContext(input: ExportChartInput): LabelContext {
  return { table: input.table, t: input.f.t, locale: LOCALES[input.f.language] };
}

function seriesChart(input: ExportChartInput): ExportChart | null {
  const { table, filters, measure, split, granularity, f } = input;
  const { t, formatNumber } = f;
  const view = makeSeriesView(table, filters, { split, granularity, measure });
  if (view.rows.length === 0) return null;
  const ctx = labelContext(input);
  const labels = view.stacks.map(({ stack }) =>
    stack.key === null
      ? t(split === 'route' ? 'charts.otherRoutes' : 'charts.other', { count: stack.members.length })
      : filterValueLabel(view.dimension, stack.key, ctx),
  );
  const labelOf = (startMonth: number): string => bucketLabel(startMonth as EpochMonth, granularity, f);
  const { tickLabel } = makeSeriesTicks(granularity, view.rows.length, labelOf);
  const period = periodLabel(filters.timeRange, table, f);
  const largest = view.stacks[0];
  const summary =
    view.total > 0 && largest
      ? t('charts.series.summary', {
          period,
          total: countText(view.total, input.smallCountK ?? 0, formatNumber),
          measure: t(MEASURE_LABEL_KEY[measure]),
          split: t(`charts.splitWord.${split}`),
          name: isolateBidi(labels[0] ?? ''),
          share: formatShare(largest.stack.total / view.total, formatNumber),
        })
      : t('charts.series.summaryEmpty', { period });
  const drawn = renderSeriesSvg(view, {
    stackLabel: (stack) => labels[view.stacks.findIndex((s) => s.stack === stack)] ?? '',
    bucketLabel: labelOf,
    tickLabel,
    formatNumber,
    smallCountK: input.smallCountK ?? 0,
    formatValue: (value) => countText(value, input.smallCountK ?? 0, formatNumber),
    widthPx: CHART_WIDTH_PX,
    heightPx: SERIES_HEIGHT_PX,
  });
  return {
    id: 'series',
    title: t(SERIES_TITLE_KEY[measure], {
      granularity: t(`timeline.${granularity}`),
    }),
    summary,
    legend: view.stacks.map(({ color }, i) => ({ label: labels[i] ?? '', color: cssRgb(color) })),
    ...drawn,
  };
}

function rankedChart(input: ExportChartInput, id: RankedId): ExportChart | null {
  const { table, filters, f } = input;
  const { t, formatNumber } = f;
  const full = makeRankedViews(table, filters, input.measure)[id];
  if (full.ranked.rows.length === 0) return null;
  // Small-count protection, as on screen: hidden rows draw no bar, the summary's numbers are protected.
  const k = input.smallCountK ?? 0;
  const mark = t('analysis.protect.hiddenMark');
  const guarded = protectList(
    full.ranked.rows.map((row) => row.value),
    k,
  );
  const stateOf = (i: number): CellProtection => guarded.states[i] ?? 'shown';
  const view = {
    ...full,
    ranked: { ...full.ranked, rows: full.ranked.rows.filter((_, i) => stateOf(i) === 'shown') },
  };
  const ctx = labelContext(input);
  // Nationalities by their short country name on the bars; sites by their name as given.
  const keyLabel = (key: string): string => (id === 'nationalities' ? nationalityLabel(key, ctx, true) : key);
  const rowLabel = (row: RankedRow): string =>
    row.key === null ? t('charts.other', { count: row.members }) : keyLabel(row.key);
  const period = periodLabel(filters.timeRange, table, f);
  const first = full.ranked.rows[0];
  const summary =
    first && first.key !== null
      ? t('charts.ranked.summary', {
          period,
          measure: t(MEASURE_LABEL_KEY[input.measure]),
          total: cellText(full.ranked.total, guarded.totalState, k, formatNumber, mark),
          name: isolateBidi(keyLabel(first.key)),
          value: cellText(first.value, stateOf(0), k, formatNumber, mark),
          share: stateOf(0) === 'shown' ? formatShare(first.share, formatNumber) : mark,
        })
      : t('charts.ranked.summaryEmpty', { period });
  const drawn = renderRankedSvg(view, {
    rowLabel,
    formatNumber,
    ticked: id === 'nationalities' ? filters.nationalities : filters.sites,
    widthPx: CHART_WIDTH_PX,
  });
  return { id, title: rankedTitle(t, id, input.measure), summary, legend: [], ...drawn };
}
