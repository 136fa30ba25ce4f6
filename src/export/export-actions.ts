// The exports behind the menu's buttons. Each builds its file from a snapshot and saves it; the returned
// file name goes to the menu's status line.
import { makeCompareView } from '@/charts/compare-view';
import { filterEvents } from '@/domain/filter-events';
import type { ChartId } from './chart-ids';
import { makeChartSvg, type ChartSvg } from './chart-svg';
import { chartFooter } from './chart-footer';
import { canvasToPng, composeViewCanvas } from './compose-view-png';
import { downloadBlob, exportFileName } from './download-blob';
import { findMapElement, mapAttribution, pageFontFamily, type ExportSnapshot } from './export-snapshot';
import { makeAggregatesCsv } from './make-aggregates-csv';
import { makeExportChart, type ExportChart } from './make-export-chart';
import { makeFilteredGeoJson } from './make-filtered-geojson';
import { svgToPng } from './svg-to-png';
import { makeViewFrame } from './view-frame';

/** Chart PNGs are drawn at twice the size of their SVG (sharp on high-density screens and in print). */
const CHART_PNG_SCALE = 2;

/** The view (map, legend, title, filters, source) composed on a canvas at `scale`. */
export function composeView(snapshot: ExportSnapshot, scale: number, header: boolean): HTMLCanvasElement {
  const mapElement = findMapElement();
  if (mapElement === null) throw new Error(snapshot.f.t('export.noMap'));
  const frame = makeViewFrame(
    {
      table: snapshot.table,
      aggregates: snapshot.aggregates,
      filters: snapshot.filters,
      measure: snapshot.measure,
      exportedAtMs: snapshot.exportedAtMs,
      attribution: mapAttribution(mapElement),
      ...(snapshot.smallCountK === undefined ? {} : { smallCountK: snapshot.smallCountK }),
    },
    snapshot.f,
  );
  return composeViewCanvas(mapElement, frame, { scale, header, fontFamily: pageFontFamily() });
}

export async function exportViewPng(snapshot: ExportSnapshot, scale: number): Promise<string> {
  const blob = await canvasToPng(composeView(snapshot, scale, true));
  const name = exportFileName(`map-${scale}x`, 'png', snapshot.exportedAtMs);
  downloadBlob(blob, name);
  return name;
}

export function exportCsv(snapshot: ExportSnapshot): string {
  const k = snapshot.smallCountK ?? 0;
  const periods = snapshot.comparePeriods ?? null;
  const text = makeAggregatesCsv(
    snapshot.table,
    snapshot.aggregates,
    { filters: snapshot.filters, exportedAtMs: snapshot.exportedAtMs },
    snapshot.f,
    {
      protection: { k, hiddenMark: snapshot.f.t('analysis.protect.hiddenMark') },
      comparison:
        periods === null
          ? null
          : makeCompareView(snapshot.table, snapshot.filters, periods, snapshot.measure, k),
    },
  );
  const name = exportFileName('totals', 'csv', snapshot.exportedAtMs);
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  downloadBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

export function exportGeoJson(snapshot: ExportSnapshot): string {
  // One feature per event with its exact place and people: not published under small-count protection.
  if ((snapshot.smallCountK ?? 0) >= 2) throw new Error(snapshot.f.t('analysis.protect.geojsonOff'));
  const rows = filterEvents(snapshot.table, snapshot.filters);
  const text = makeFilteredGeoJson(snapshot.table, rows, {
    filters: snapshot.filters,
    exportedAtMs: snapshot.exportedAtMs,
  });
  const name = exportFileName('events', 'geojson', snapshot.exportedAtMs);
  downloadBlob(new Blob([text], { type: 'application/geo+json' }), name);
  return name;
}

/** The chart as a standalone SVG document: title, summary, the chart, its legend and (for files) footer. */
export function standaloneChartSvg(
  chart: ExportChart,
  snapshot: ExportSnapshot,
  withFooter: boolean,
): ChartSvg {
  return makeChartSvg({
    chartSvg: chart.svg,
    chartWidthPx: chart.widthPx,
    chartHeightPx: chart.heightPx,
    title: chart.title,
    summary: chart.summary,
    legend: chart.legend,
    illustrative: withFooter && snapshot.table.meta.illustrative ? snapshot.f.t('export.illustrative') : null,
    footer: withFooter ? chartFooter(snapshot, chart.periodLine) : [],
    fontFamily: pageFontFamily(),
  });
}

export async function exportChart(
  snapshot: ExportSnapshot,
  id: ChartId,
  format: 'svg' | 'png',
): Promise<string> {
  const chart = makeExportChart(snapshot, id);
  if (chart === null) throw new Error(snapshot.f.t('export.noChart'));
  const standalone = standaloneChartSvg(chart, snapshot, true);
  const name = exportFileName(`chart-${id}`, format, snapshot.exportedAtMs);
  if (format === 'svg') {
    downloadBlob(new Blob([standalone.svg], { type: 'image/svg+xml' }), name);
  } else {
    downloadBlob(
      await svgToPng(standalone.svg, standalone.widthPx, standalone.heightPx, CHART_PNG_SCALE),
      name,
    );
  }
  return name;
}
