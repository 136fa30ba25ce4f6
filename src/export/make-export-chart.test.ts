// Export charts from the store's inputs (no page): the Overview's view-models drawn with their titles,
// summaries and legends in the chosen language, as well-formed standalone documents.
import { describe, expect, it } from 'vitest';
import { makeRankedViews } from '@/charts/ranked-views';
import { makeSeriesView } from '@/charts/series-view';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { parseIsoDay } from '@/domain/epoch-day';
import { createFormatters } from '@/i18n/translate';
import { loadDemoTable } from '@/testing/load-demo-table';
import { loadTestTable, makeEventFeature, resetEventIds } from '@/testing/make-event-features';
import { findSvgElements, readSvgElements } from '@/testing/read-svg-elements';
import { CHART_IDS } from './chart-ids';
import { makeChartSvg } from './chart-svg';
import { makeExportChart, type ExportChartInput } from './make-export-chart';

const en = createFormatters('en');
const id = createFormatters('id');
const year2012: EventFilters = {
  ...NO_FILTERS,
  timeRange: { startDay: parseIsoDay('2012-01-01'), endDay: parseIsoDay('2013-01-01') },
};
const input = (overrides: Partial<ExportChartInput> = {}): ExportChartInput => ({
  table: loadDemoTable(),
  filters: NO_FILTERS,
  measure: 'people',
  split: 'route',
  granularity: 'month',
  f: en,
  ...overrides,
});
const columnCount = (svg: string): number =>
  findSvgElements(readSvgElements(svg), 'g').filter((g) => 'data-bucket' in g.attrs).length;

describe('makeExportChart', () => {
  it('draws the series the Overview shows: its split, granularity and measure, with title and legend', () => {
    const table = loadDemoTable();
    const view = makeSeriesView(table, year2012, { split: 'route', granularity: 'month', measure: 'people' });
    const chart = makeExportChart(input({ filters: year2012 }), 'series')!;
    expect(chart.title).toBe('People per month');
    expect(columnCount(chart.svg)).toBe(12);
    expect(chart.legend).toHaveLength(view.stacks.length);
    const top = view.stacks[0]!.stack.key;
    expect(chart.legend[0]?.label).toBe(table.routes.find((r) => r.id === top)?.name);
    expect(chart.legend[0]?.color).toMatch(/^rgb\(\d+ \d+ \d+\)$/);
    expect(chart.summary).toContain(`2012: ${en.formatNumber(view.total)} people`);

    const yearly = makeExportChart(
      input({ granularity: 'year', measure: 'boats', split: 'outcome' }),
      'series',
    )!;
    expect(yearly.title).toBe('Boats per year');
    expect(columnCount(yearly.svg)).toBe(7);
    const ticks = findSvgElements(readSvgElements(yearly.svg), 'text')
      .filter((t) => t.attrs['text-anchor'] === 'middle')
      .map((t) => t.text);
    expect(ticks).toEqual(['2008', '2009', '2010', '2011', '2012', '2013', '2014']);
    expect(yearly.legend.map((l) => l.label)).toContain(en.t('outcome.landed'));
  });

  it('draws the ranked charts with short country names, and none when no bar is left', () => {
    const chart = makeExportChart(input(), 'nationalities')!;
    expect(chart.title).toBe('Nationalities (people on intercepted boats)');
    expect(chart.svg).toContain('>Afghanistan<');
    const rows = makeRankedViews(loadDemoTable(), NO_FILTERS).nationalities.ranked.rows;
    expect(findSvgElements(readSvgElements(chart.svg), 'rect')).toHaveLength(rows.length);
    const nobody = { ...NO_FILTERS, nationalities: ['ZZZ'] };
    expect(makeExportChart(input({ filters: nobody }), 'embarkation')).toBeNull();
    // Crossfilter: the nationalities chart ignores its own filter, and fades what is not ticked.
    const ticked = makeExportChart(
      input({ filters: { ...NO_FILTERS, nationalities: ['AFG'] } }),
      'nationalities',
    )!;
    const opacities = findSvgElements(readSvgElements(ticked.svg), 'rect').map(
      (r) => r.attrs['fill-opacity'],
    );
    expect(opacities.filter((o) => o === undefined)).toHaveLength(1);
    expect(opacities).toHaveLength(rows.length);
  });

  it('speaks the chosen language', () => {
    const chart = makeExportChart(input({ f: id }), 'series')!;
    expect(chart.title).not.toBe('People per month');
    const total = makeSeriesView(loadDemoTable(), NO_FILTERS, {
      split: 'route',
      granularity: 'month',
      measure: 'people',
    }).total;
    expect(total).toBeGreaterThan(1000);
    expect(chart.summary).toContain(id.formatNumber(total));
    expect(id.formatNumber(total)).not.toBe(en.formatNumber(total));
  });

  it('makes a well-formed standalone document even from hostile names in a file', () => {
    resetEventIds();
    const hostile = '<b>& "x"</b>';
    const table = loadTestTable([
      makeEventFeature({ site: hostile }),
      makeEventFeature({ site: 'Ashmore Reef', people: 20, nationalities: [{ code: 'IRN', people: 20 }] }),
    ]);
    for (const chartId of CHART_IDS) {
      const chart = makeExportChart(input({ table }), chartId);
      if (chart === null) continue;
      const doc = makeChartSvg({
        chartSvg: chart.svg,
        chartWidthPx: chart.widthPx,
        chartHeightPx: chart.heightPx,
        title: chart.title,
        summary: chart.summary,
        legend: chart.legend,
        illustrative: null,
        footer: [],
        fontFamily: 'sans-serif',
      });
      const root = readSvgElements(doc.svg);
      expect(root.children[0]?.name).toBe('title');
      expect(root.children[0]?.text).toBe(chart.title);
      expect(doc.svg).not.toContain('<b>');
      expect(doc.svg).not.toContain('style=');
    }
    const sites = makeExportChart(input({ table }), 'interception')!;
    const labels = findSvgElements(readSvgElements(sites.svg), 'text').map((t) => t.text);
    expect(labels).toContain(hostile);
    // The name inside the summary sentence is isolated (U+2068 … U+2069).
    expect(sites.summary).toContain(`\u2068${hostile}\u2069`);
  });
});
