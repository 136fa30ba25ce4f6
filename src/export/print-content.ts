// The images of the printed briefing (the composed map, and the charts drawn from their view-models) and
// the comparison of two periods as text,
// made just before printing and held in a tiny external store the print sheet subscribes to.
import { CHART_IDS } from './chart-ids';
import { composeView, standaloneChartSvg } from './export-actions';
import type { ExportSnapshot } from './export-snapshot';
import { makeExportChart } from './make-export-chart';
import { makePrintComparison, type PrintComparison } from './print-comparison';
import { makeCompareView } from '@/charts/compare-view';

export interface PrintImage {
  readonly key: string;
  readonly title: string;
  /** A data: URL (PNG for the map, SVG for charts). */
  readonly src: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

export interface PrintContent {
  readonly map: PrintImage | null;
  readonly charts: readonly PrintImage[];
  /** The two periods compared, when the Analysis tab compares them (its tab is open or the link sets both). */
  readonly comparison: PrintComparison | null;
  readonly preparedAtMs: number;
  /** The link to this exact view (the URL is kept in sync with the view). */
  readonly viewUrl: string;
}

/** The map is printed at twice its screen size, enough for a sharp A4 page. */
const PRINT_MAP_SCALE = 2;

let current: PrintContent | null = null;
const listeners = new Set<() => void>();

export const printContentStore = {
  get: (): PrintContent | null => current,
  set: (content: PrintContent | null): void => {
    current = content;
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The composed map as a PNG data URL, or null when there is no map on the page (e.g. still loading). */
function printMap(snapshot: ExportSnapshot): PrintImage | null {
  try {
    const canvas = composeView(snapshot, PRINT_MAP_SCALE, false);
    return {
      key: 'map',
      title: snapshot.f.t('export.print.mapAlt'),
      src: canvas.toDataURL('image/png'),
      widthPx: canvas.width / PRINT_MAP_SCALE,
      heightPx: canvas.height / PRINT_MAP_SCALE,
    };
  } catch {
    return null;
  }
}

/** Builds the images synchronously (so it can run inside a `beforeprint` handler). */
export function buildPrintContent(snapshot: ExportSnapshot): PrintContent {
  const map = printMap(snapshot);
  const charts: PrintImage[] = [];
  // The print pack has its own page for the two periods compared.
  for (const id of CHART_IDS.filter((c) => c !== 'compare')) {
    const chart = makeExportChart(snapshot, id);
    if (chart === null) continue;
    const svg = standaloneChartSvg(chart, snapshot, false);
    charts.push({
      key: id,
      title: chart.title,
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.svg)}`,
      widthPx: svg.widthPx,
      heightPx: svg.heightPx,
    });
  }
  const periods = snapshot.comparePeriods ?? null;
  const comparison =
    periods === null
      ? null
      : makePrintComparison(
          makeCompareView(
            snapshot.table,
            snapshot.filters,
            periods,
            snapshot.measure,
            snapshot.smallCountK ?? 0,
          ),
          snapshot.table,
          snapshot.f,
        );
  return { map, charts, comparison, preparedAtMs: snapshot.exportedAtMs, viewUrl: window.location.href };
}
